package dev.cloudabi.emulator.abi;

import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.cpu.Registers;
import dev.cloudabi.emulator.cpu.X86Register;
import java.util.ArrayList;
import java.util.List;

/** System V AMD64: {@code rdi rsi rdx rcx r8 r9}, then 8-byte stack slots from {@code rsp+8}. */
public final class X86_64Convention extends CallingConvention {
  X86_64Convention() {
    super(
        Arch.X86_64,
        List.of(
            X86Register.RDI,
            X86Register.RSI,
            X86Register.RDX,
            X86Register.RCX,
            X86Register.R8,
            X86Register.R9),
        X86Register.RSP,
        X86Register.RAX,
        X86Register.RIP);
  }

  @Override
  public List<ArgLocation> place(SyscallSignature signature) {
    List<ArgLocation> locations = new ArrayList<>();
    int registers = argumentRegisters().size();
    for (int i = 0; i < signature.arity(); i++) {
      locations.add(
          i < registers
              ? new ArgLocation.InRegister(i)
              : new ArgLocation.OnStack(8 + 8 * (i - registers), 8));
    }
    return locations;
  }

  @Override
  protected long prepareCall(
      Registers cpu, StackWriter memory, long stackTop, long returnAddress, long[] arguments) {
    writeArguments(cpu, arguments);
    // After the call pushed the return address, rsp ≡ 8 (mod 16).
    long sp = (stackTop & ~15L) - 8;
    memory.write(sp, returnAddress, 8);
    return sp;
  }
}
