package dev.cloudabi.emulator.unicorn;

import dev.cloudabi.emulator.cpu.Arm64Register;
import dev.cloudabi.emulator.cpu.ArmRegister;
import dev.cloudabi.emulator.cpu.Register;
import dev.cloudabi.emulator.cpu.X86Register;

/**
 * Unicorn 2.1 register ids for our register names (values of {@code include/unicorn/x86.h}, {@code
 * arm.h} and {@code arm64.h} at tag 2.1.1).
 */
final class RegisterIds {
  /** Marks registers Unicorn reaches through {@code UC_ARM_REG_CP_REG}. */
  static final int ARM_COPROCESSOR = -1;

  static final int ARM_REG_CP_REG = 139;

  private static final int[] X86 = new int[X86Register.values().length];
  private static final int[] ARM = new int[ArmRegister.values().length];
  private static final int[] ARM64 = new int[Arm64Register.values().length];

  static {
    x86(X86Register.RAX, 35);
    x86(X86Register.RBX, 37);
    x86(X86Register.RCX, 38);
    x86(X86Register.RDX, 40);
    x86(X86Register.RSI, 43);
    x86(X86Register.RDI, 39);
    x86(X86Register.RBP, 36);
    x86(X86Register.RSP, 44);
    for (int i = 0; i < 8; i++) {
      x86(X86Register.valueOf("R" + (8 + i)), 106 + i);
    }
    x86(X86Register.RIP, 41);
    x86(X86Register.RFLAGS, 25);
    x86(X86Register.EAX, 19);
    x86(X86Register.EBX, 21);
    x86(X86Register.ECX, 22);
    x86(X86Register.EDX, 24);
    x86(X86Register.ESI, 29);
    x86(X86Register.EDI, 23);
    x86(X86Register.EBP, 20);
    x86(X86Register.ESP, 30);
    x86(X86Register.EIP, 26);
    x86(X86Register.EFLAGS, 25);
    x86(X86Register.CS, 11);
    x86(X86Register.DS, 17);
    x86(X86Register.ES, 28);
    x86(X86Register.FS, 32);
    x86(X86Register.GS, 33);
    x86(X86Register.SS, 49);
    x86(X86Register.FS_BASE, 250);

    for (int i = 0; i <= 12; i++) {
      ARM[ArmRegister.core(i).ordinal()] = 66 + i;
    }
    ARM[ArmRegister.SP.ordinal()] = 12;
    ARM[ArmRegister.LR.ordinal()] = 10;
    ARM[ArmRegister.PC.ordinal()] = 11;
    ARM[ArmRegister.CPSR.ordinal()] = 3;
    ARM[ArmRegister.FPEXC.ordinal()] = 4;
    ARM[ArmRegister.CPACR.ordinal()] = ARM_COPROCESSOR;
    ARM[ArmRegister.TPIDRURW.ordinal()] = ARM_COPROCESSOR;

    for (int i = 0; i <= 28; i++) {
      ARM64[Arm64Register.x(i).ordinal()] = 199 + i;
    }
    ARM64[Arm64Register.X29.ordinal()] = 1;
    ARM64[Arm64Register.X30.ordinal()] = 2;
    ARM64[Arm64Register.SP.ordinal()] = 4;
    ARM64[Arm64Register.PC.ordinal()] = 260;
    ARM64[Arm64Register.NZCV.ordinal()] = 3;
    ARM64[Arm64Register.CPACR_EL1.ordinal()] = 261;
    ARM64[Arm64Register.TPIDR_EL0.ordinal()] = 262;
  }

  private RegisterIds() {}

  private static void x86(X86Register register, int id) {
    X86[register.ordinal()] = id;
  }

  static int of(Register register) {
    return switch (register) {
      case X86Register r -> X86[r.ordinal()];
      case ArmRegister r -> ARM[r.ordinal()];
      case Arm64Register r -> ARM64[r.ordinal()];
    };
  }

  /** CP15 (crn, crm, opc1, opc2) of an ARM coprocessor register. */
  static int[] coprocessor(ArmRegister register) {
    return switch (register) {
      case CPACR -> new int[] {1, 0, 0, 2};
      case TPIDRURW -> new int[] {13, 0, 0, 2};
      default -> throw new IllegalArgumentException(register + " is not a coprocessor register");
    };
  }
}
