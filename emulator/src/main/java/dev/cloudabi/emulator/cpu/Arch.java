package dev.cloudabi.emulator.cpu;

/** The four CloudABI guest architectures, with the ELF facts that identify them (ABI §2.1). */
public enum Arch {
  X86_64("x86_64", 62, 8),
  AARCH64("aarch64", 183, 8),
  I686("i686", 3, 4),
  ARMV6("armv6", 40, 4);

  private final String displayName;
  private final int eMachine;
  private final int pointerSize;

  Arch(String displayName, int eMachine, int pointerSize) {
    this.displayName = displayName;
    this.eMachine = eMachine;
    this.pointerSize = pointerSize;
  }

  /** The name used in paths and messages, e.g. {@code x86_64}. */
  public String displayName() {
    return displayName;
  }

  /** The ELF {@code e_machine} value. */
  public int eMachine() {
    return eMachine;
  }

  /** 4 on i686/armv6, 8 on x86_64/aarch64: the size of {@code ptr} and {@code size}. */
  public int pointerSize() {
    return pointerSize;
  }

  public boolean is64Bit() {
    return pointerSize == 8;
  }

  /** Mask that truncates a register value to the pointer width. */
  public long pointerMask() {
    return is64Bit() ? -1L : 0xFFFF_FFFFL;
  }

  public static java.util.Optional<Arch> byMachine(int eMachine) {
    for (Arch arch : values()) {
      if (arch.eMachine == eMachine) {
        return java.util.Optional.of(arch);
      }
    }
    return java.util.Optional.empty();
  }

  public static java.util.Optional<Arch> byName(String name) {
    for (Arch arch : values()) {
      if (arch.displayName.equals(name)) {
        return java.util.Optional.of(arch);
      }
    }
    return java.util.Optional.empty();
  }
}
