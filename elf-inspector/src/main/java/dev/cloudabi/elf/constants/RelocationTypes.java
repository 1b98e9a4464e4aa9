package dev.cloudabi.elf.constants;

/** {@code r_type} names per machine (x86-64, i386, ARM, AArch64, MIPS). */
public final class RelocationTypes {
  private RelocationTypes() {}

  public static final int R_X86_64_RELATIVE = 8;
  public static final int R_386_RELATIVE = 8;
  public static final int R_ARM_RELATIVE = 23;
  public static final int R_AARCH64_RELATIVE = 0x403;

  private static final ConstantRegistry UNKNOWN = ConstantRegistry.builder("r_type").build();

  /** The registry for {@code e_machine}; an empty one for machines we have no table for. */
  public static ConstantRegistry forMachine(int machine) {
    return switch (machine) {
      case Machines.EM_X86_64 -> X86_64Relocations.REGISTRY;
      case Machines.EM_386 -> I386Relocations.REGISTRY;
      case Machines.EM_ARM -> ArmRelocations.REGISTRY;
      case Machines.EM_AARCH64 -> AArch64Relocations.REGISTRY;
      case Machines.EM_MIPS -> MipsRelocations.REGISTRY;
      default -> UNKNOWN;
    };
  }

  /** The machine's "add the load base" relocation, or -1 when we do not know it. */
  public static int relativeType(int machine) {
    return switch (machine) {
      case Machines.EM_X86_64 -> R_X86_64_RELATIVE;
      case Machines.EM_386 -> R_386_RELATIVE;
      case Machines.EM_ARM -> R_ARM_RELATIVE;
      case Machines.EM_AARCH64 -> R_AARCH64_RELATIVE;
      default -> -1;
    };
  }
}
