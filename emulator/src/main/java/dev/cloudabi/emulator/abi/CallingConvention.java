package dev.cloudabi.emulator.abi;

import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.cpu.Register;
import dev.cloudabi.emulator.cpu.Registers;
import java.util.ArrayList;
import java.util.List;

/**
 * The C calling convention of one architecture as far as the vDSO needs it (ABI §5.4, §5.5): where
 * each parameter of a signature lives, how the errno is returned, and how a C function is entered.
 * Placement is computed once per signature from {@link ParamKind}s; there is no per-syscall code.
 */
public abstract sealed class CallingConvention
    permits X86_64Convention, I686Convention, Aarch64Convention, Armv6Convention {

  private final Arch arch;
  private final List<Register> argumentRegisters;
  private final Register stackPointer;
  private final Register returnRegister;
  private final Register programCounter;

  /** An architecture's facts; each subclass adds where parameters go and how a call starts. */
  protected CallingConvention(
      Arch arch,
      List<? extends Register> argumentRegisters,
      Register stackPointer,
      Register returnRegister,
      Register programCounter) {
    this.arch = arch;
    this.argumentRegisters = List.copyOf(argumentRegisters);
    this.stackPointer = stackPointer;
    this.returnRegister = returnRegister;
    this.programCounter = programCounter;
  }

  public static CallingConvention of(Arch arch) {
    return switch (arch) {
      case X86_64 -> new X86_64Convention();
      case I686 -> new I686Convention();
      case AARCH64 -> new Aarch64Convention();
      case ARMV6 -> new Armv6Convention();
    };
  }

  public Arch arch() {
    return arch;
  }

  public List<Register> argumentRegisters() {
    return argumentRegisters;
  }

  public Register stackPointer() {
    return stackPointer;
  }

  /** The register holding the errno on return. */
  public Register returnRegister() {
    return returnRegister;
  }

  /** The program counter register. */
  public Register programCounter() {
    return programCounter;
  }

  /** The locations of a signature's parameters, in parameter order. */
  public abstract List<ArgLocation> place(SyscallSignature signature);

  /** Registers to read for a call: the argument registers followed by the stack pointer. */
  public List<Register> callRegisters() {
    List<Register> registers = new ArrayList<>(argumentRegisters);
    registers.add(stackPointer);
    return registers;
  }

  /** The decoder of a signature's arguments, compiled once from {@link #place}. */
  public ArgumentDecoder decoder(SyscallSignature signature) {
    return new ArgumentDecoder(this, signature, place(signature));
  }

  /**
   * Decodes the arguments of a call. {@code registerValues} holds {@link #callRegisters()} in
   * order; results go to {@code into[0..arity)}, truncated to each parameter's width ({@code
   * lookup}: fd in the low 32 bits, flags in the high 32 bits).
   */
  public final void decode(
      SyscallSignature signature,
      List<ArgLocation> locations,
      long[] registerValues,
      StackReader stack,
      long[] into) {
    new ArgumentDecoder(this, signature, locations).decode(registerValues, stack, into);
  }

  /** The bits of a parameter of {@code kind} that a call passes. */
  long widthMask(ParamKind kind) {
    return switch (kind) {
      case U8 -> 0xFF;
      case U16 -> 0xFFFF;
      case U32 -> 0xFFFF_FFFFL;
      case U64, LOOKUP -> -1L;
      case PTR, SIZE, OUT_U32, OUT_U64, OUT_SIZE, OUT_PTR -> arch.pointerMask();
    };
  }

  /**
   * Prepares a call of a C function {@code void f(a0, a1, …)} of pointer-sized arguments, as a
   * compiler-generated call would leave the machine (ABI §3, §6.4): arguments in registers or on
   * the stack, {@code returnAddress} where the function returns to, and the stack pointer aligned
   * as the psABI requires. {@code stackTop} is the exclusive upper end of the stack.
   *
   * @param memory where stack words are written (x86 return address, i686 arguments)
   */
  public final void enterFunction(
      Registers cpu,
      StackWriter memory,
      long entry,
      long stackTop,
      long returnAddress,
      long... arguments) {
    long entryStackPointer = prepareCall(cpu, memory, stackTop, returnAddress, arguments);
    cpu.write(stackPointer, entryStackPointer);
    cpu.write(programCounter, entry);
  }

  /**
   * Leaves {@code arguments} and {@code returnAddress} where this architecture's call would;
   * returns the stack pointer the function starts with.
   */
  protected abstract long prepareCall(
      Registers cpu, StackWriter memory, long stackTop, long returnAddress, long[] arguments);

  /**
   * Puts entry {@code arguments} in the first argument registers, for {@link #enterFunction} on
   * architectures that pass them in registers.
   */
  protected final void writeArguments(Registers cpu, long[] arguments) {
    if (arguments.length > argumentRegisters.size()) {
      throw new IllegalArgumentException(
          "at most " + argumentRegisters.size() + " entry arguments");
    }
    for (int i = 0; i < arguments.length; i++) {
      cpu.write(argumentRegisters.get(i), arguments[i]);
    }
  }

  /**
   * {@link #prepareCall} of the ARM conventions: the return address goes to the link register, the
   * stack pointer is {@code stackTop} aligned down to {@code alignment} bytes.
   */
  protected final long linkRegisterCall(
      Registers cpu,
      Register link,
      long stackTop,
      int alignment,
      long returnAddress,
      long[] arguments) {
    writeArguments(cpu, arguments);
    cpu.write(link, returnAddress);
    return stackTop & -alignment;
  }

  /** Writes little-endian words of guest memory. */
  @FunctionalInterface
  public interface StackWriter {
    void write(long address, long value, int width);
  }
}
