package dev.cloudabi.emulator.cpu;

import java.util.Locale;

/** AArch64 registers used by the runtime. */
public enum Arm64Register implements Register {
  X0,
  X1,
  X2,
  X3,
  X4,
  X5,
  X6,
  X7,
  X8,
  X9,
  X10,
  X11,
  X12,
  X13,
  X14,
  X15,
  X16,
  X17,
  X18,
  X19,
  X20,
  X21,
  X22,
  X23,
  X24,
  X25,
  X26,
  X27,
  X28,
  X29,
  X30,
  SP,
  PC,
  NZCV,
  /** Architectural feature access control; FPEN (bits 20-21) enables FP/SIMD at EL0. */
  CPACR_EL1,
  /** The user thread pointer that holds the TCB address. */
  TPIDR_EL0;

  @Override
  public String displayName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public int width() {
    return 8;
  }

  /** {@code x0} … {@code x30}. */
  public static Arm64Register x(int index) {
    return values()[index];
  }
}
