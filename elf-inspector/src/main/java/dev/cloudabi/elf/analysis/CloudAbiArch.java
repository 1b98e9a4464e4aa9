package dev.cloudabi.elf.analysis;

import dev.cloudabi.elf.constants.FileTypes;
import dev.cloudabi.elf.constants.Idents;
import dev.cloudabi.elf.constants.Machines;
import java.util.Optional;

/**
 * The four CloudABI targets and what the ABI expects of each (CLOUDABI-ABI.md §2.1): class,
 * machine, and whether executables are position-independent or linked at a fixed address.
 */
public enum CloudAbiArch {
  X86_64("x86_64", Machines.EM_X86_64, Idents.ELFCLASS64, FileTypes.ET_DYN),
  AARCH64("aarch64", Machines.EM_AARCH64, Idents.ELFCLASS64, FileTypes.ET_DYN),
  I686("i686", Machines.EM_386, Idents.ELFCLASS32, FileTypes.ET_EXEC),
  ARMV6("armv6", Machines.EM_ARM, Idents.ELFCLASS32, FileTypes.ET_EXEC);

  private final String triple;
  private final int machine;
  private final int elfClass;
  private final int expectedType;

  CloudAbiArch(String triple, int machine, int elfClass, int expectedType) {
    this.triple = triple;
    this.machine = machine;
    this.elfClass = elfClass;
    this.expectedType = expectedType;
  }

  public static Optional<CloudAbiArch> forMachine(int eMachine) {
    for (CloudAbiArch arch : values()) {
      if (arch.machine == eMachine) {
        return Optional.of(arch);
      }
    }
    return Optional.empty();
  }

  /** The architecture part of the target triple ({@code x86_64-unknown-cloudabi}). */
  public String triple() {
    return triple;
  }

  public int machine() {
    return machine;
  }

  public int elfClass() {
    return elfClass;
  }

  /** {@code ET_DYN} (PIE, crt0 relocates itself) or {@code ET_EXEC} (fixed address). */
  public int expectedType() {
    return expectedType;
  }

  /** The page size the loader maps with. */
  public long pageSize() {
    return 4096;
  }
}
