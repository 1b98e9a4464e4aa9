package dev.cloudabi.emulator.abi;

import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.cpu.Registers;
import dev.cloudabi.emulator.cpu.X86Register;
import java.util.ArrayList;
import java.util.List;

/**
 * cdecl: every parameter on the stack from {@code [esp+4]}, 4-byte slots, 64-bit values (and the
 * 8-byte {@code lookup}) in two consecutive slots with no alignment padding.
 */
public final class I686Convention extends CallingConvention {
  I686Convention() {
    super(Arch.I686, List.of(), X86Register.ESP, X86Register.EAX, X86Register.EIP);
  }

  @Override
  public List<ArgLocation> place(SyscallSignature signature) {
    List<ArgLocation> locations = new ArrayList<>();
    int offset = 4;
    for (Param param : signature.params()) {
      int width = param.kind().isWide() ? 8 : 4;
      locations.add(new ArgLocation.OnStack(offset, width));
      offset += width;
    }
    return locations;
  }

  @Override
  protected long prepareCall(
      Registers cpu, StackWriter memory, long stackTop, long returnAddress, long[] arguments) {
    // esp ≡ 12 (mod 16) at entry: the arguments start 16-aligned just above the return address.
    long argumentsBase = ((stackTop - 4L * arguments.length) & ~15L);
    long sp = argumentsBase - 4;
    memory.write(sp, returnAddress, 4);
    for (int i = 0; i < arguments.length; i++) {
      memory.write(argumentsBase + 4L * i, arguments[i], 4);
    }
    return sp;
  }
}
