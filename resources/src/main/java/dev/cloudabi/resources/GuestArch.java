package dev.cloudabi.resources;

/** The four CloudABI architectures the examples are built for, with their folder names. */
public enum GuestArch {
  X86_64("x86_64", true),
  AARCH64("aarch64", true),
  I686("i686", false),
  ARMV6("armv6", false);

  private final String dirName;
  private final boolean positionIndependent;

  GuestArch(String dirName, boolean positionIndependent) {
    this.dirName = dirName;
    this.positionIndependent = positionIndependent;
  }

  /** Folder name under {@code prebuilt/}, as used by the SDK's Makefile. */
  public String dirName() {
    return dirName;
  }

  /** Whether executables are ET_DYN (PIE) rather than fixed-address ET_EXEC. */
  public boolean positionIndependent() {
    return positionIndependent;
  }

  /** Looks an architecture up by its folder name. */
  public static GuestArch fromDirName(String name) {
    for (GuestArch arch : values()) {
      if (arch.dirName.equals(name)) {
        return arch;
      }
    }
    throw new IllegalArgumentException("unknown CloudABI architecture: " + name);
  }
}
