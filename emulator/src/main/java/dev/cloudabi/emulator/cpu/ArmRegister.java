package dev.cloudabi.emulator.cpu;

import java.util.Locale;

/** 32-bit ARM registers, including the coprocessor registers the runtime sets up. */
public enum ArmRegister implements Register {
  R0,
  R1,
  R2,
  R3,
  R4,
  R5,
  R6,
  R7,
  R8,
  R9,
  R10,
  R11,
  R12,
  SP,
  LR,
  PC,
  CPSR,
  /** VFP exception register; bit 30 (EN) enables the floating-point unit. */
  FPEXC,
  /** CP15 c1 c0 2: coprocessor access control (cp10/cp11 for VFP). */
  CPACR,
  /** CP15 c13 c0 2: the user read/write thread ID register that holds the TCB address. */
  TPIDRURW;

  @Override
  public String displayName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public int width() {
    return 4;
  }

  private static final ArmRegister[] CORE = {R0, R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12};

  /** {@code r0} … {@code r12}. */
  public static ArmRegister core(int index) {
    return CORE[index];
  }
}
