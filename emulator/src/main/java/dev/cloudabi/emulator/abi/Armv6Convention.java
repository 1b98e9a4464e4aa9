package dev.cloudabi.emulator.abi;

import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.cpu.ArmRegister;
import dev.cloudabi.emulator.cpu.Registers;
import java.util.ArrayList;
import java.util.List;

/**
 * AAPCS (EABI): {@code r0–r3}, then the stack from {@code [sp]}. A 64-bit value takes an even/odd
 * register pair (skipping an odd register, which leaves a hole); without a free pair it goes to an
 * 8-byte-aligned stack slot and no later argument uses registers. {@code lookup} (8 bytes,
 * 4-aligned) takes two consecutive registers.
 */
public final class Armv6Convention extends CallingConvention {
  Armv6Convention() {
    super(
        Arch.ARMV6,
        List.of(ArmRegister.R0, ArmRegister.R1, ArmRegister.R2, ArmRegister.R3),
        ArmRegister.SP,
        ArmRegister.R0,
        ArmRegister.PC);
  }

  @Override
  public List<ArgLocation> place(SyscallSignature signature) {
    List<ArgLocation> locations = new ArrayList<>();
    int ncrn = 0; // next core register number
    int nsaa = 0; // next stacked argument offset
    for (Param param : signature.params()) {
      switch (param.kind()) {
        case U64 -> {
          if ((ncrn & 1) != 0) {
            ncrn++;
          }
          if (ncrn <= 2) {
            locations.add(new ArgLocation.InRegisterPair(ncrn));
            ncrn += 2;
          } else {
            ncrn = 4;
            nsaa = (nsaa + 7) & ~7;
            locations.add(new ArgLocation.OnStack(nsaa, 8));
            nsaa += 8;
          }
        }
        case LOOKUP -> {
          if (ncrn > 2) {
            throw new IllegalArgumentException(
                signature.name() + ": a lookup split between r3 and the stack is not supported");
          }
          locations.add(new ArgLocation.InRegisterPair(ncrn));
          ncrn += 2;
        }
        default -> {
          if (ncrn < 4) {
            locations.add(new ArgLocation.InRegister(ncrn++));
          } else {
            locations.add(new ArgLocation.OnStack(nsaa, 4));
            nsaa += 4;
          }
        }
      }
    }
    return locations;
  }

  @Override
  protected long prepareCall(
      Registers cpu, StackWriter memory, long stackTop, long returnAddress, long[] arguments) {
    return linkRegisterCall(cpu, ArmRegister.LR, stackTop, 8, returnAddress, arguments);
  }
}
