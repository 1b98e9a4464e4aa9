package dev.cloudabi.emulator.abi;

import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.cpu.Arm64Register;
import dev.cloudabi.emulator.cpu.Registers;
import java.util.ArrayList;
import java.util.List;

/** AAPCS64: every vDSO parameter (at most 7) is in {@code x0…x7}. */
public final class Aarch64Convention extends CallingConvention {
  Aarch64Convention() {
    super(
        Arch.AARCH64,
        List.of(
            Arm64Register.X0,
            Arm64Register.X1,
            Arm64Register.X2,
            Arm64Register.X3,
            Arm64Register.X4,
            Arm64Register.X5,
            Arm64Register.X6,
            Arm64Register.X7),
        Arm64Register.SP,
        Arm64Register.X0,
        Arm64Register.PC);
  }

  @Override
  public List<ArgLocation> place(SyscallSignature signature) {
    if (signature.arity() > argumentRegisters().size()) {
      throw new IllegalArgumentException(signature.name() + " has more than 8 parameters");
    }
    List<ArgLocation> locations = new ArrayList<>();
    for (int i = 0; i < signature.arity(); i++) {
      locations.add(new ArgLocation.InRegister(i));
    }
    return locations;
  }

  @Override
  protected long prepareCall(
      Registers cpu, StackWriter memory, long stackTop, long returnAddress, long[] arguments) {
    return linkRegisterCall(cpu, Arm64Register.X30, stackTop, 16, returnAddress, arguments);
  }
}
