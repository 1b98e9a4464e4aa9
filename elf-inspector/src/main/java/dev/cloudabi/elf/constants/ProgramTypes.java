package dev.cloudabi.elf.constants;

/** {@code p_type}, with the processor-specific values of the machines we know. */
public final class ProgramTypes {
  private ProgramTypes() {}

  public static final int PT_NULL = 0;
  public static final int PT_LOAD = 1;
  public static final int PT_DYNAMIC = 2;
  public static final int PT_INTERP = 3;
  public static final int PT_NOTE = 4;
  public static final int PT_SHLIB = 5;
  public static final int PT_PHDR = 6;
  public static final int PT_TLS = 7;
  public static final long PT_GNU_EH_FRAME = 0x6474e550L;
  public static final long PT_GNU_STACK = 0x6474e551L;
  public static final long PT_GNU_RELRO = 0x6474e552L;
  public static final long PT_GNU_PROPERTY = 0x6474e553L;
  public static final long PT_ARM_EXIDX = 0x70000001L;

  private static ConstantRegistry.Builder generic() {
    return ConstantRegistry.builder("p_type")
        .add(PT_NULL, "PT_NULL", "unused entry")
        .add(PT_LOAD, "PT_LOAD", "loadable segment")
        .add(PT_DYNAMIC, "PT_DYNAMIC", "dynamic linking information")
        .add(PT_INTERP, "PT_INTERP", "path of the program interpreter")
        .add(PT_NOTE, "PT_NOTE", "auxiliary information (notes)")
        .add(PT_SHLIB, "PT_SHLIB", "reserved")
        .add(PT_PHDR, "PT_PHDR", "the program header table itself")
        .add(PT_TLS, "PT_TLS", "thread-local storage template")
        .add(PT_GNU_EH_FRAME, "PT_GNU_EH_FRAME", "exception-handling frame index")
        .add(PT_GNU_STACK, "PT_GNU_STACK", "stack executability")
        .add(PT_GNU_RELRO, "PT_GNU_RELRO", "read-only after relocation")
        .add(PT_GNU_PROPERTY, "PT_GNU_PROPERTY", "GNU property notes")
        .add(0x65a3dbe6L, "PT_OPENBSD_RANDOMIZE", "OpenBSD: fill with random data")
        .add(0x65a3dbe7L, "PT_OPENBSD_WXNEEDED", "OpenBSD: needs W^X exception")
        .add(0x65a41be6L, "PT_OPENBSD_BOOTDATA", "OpenBSD: boot arguments");
  }

  public static final ConstantRegistry GENERIC = generic().build();
  private static final ConstantRegistry ARM =
      generic().add(PT_ARM_EXIDX, "PT_ARM_EXIDX", "ARM exception index table").build();
  private static final ConstantRegistry AARCH64 =
      generic().add(0x70000002L, "PT_AARCH64_MEMTAG_MTE", "AArch64 memory tags").build();
  private static final ConstantRegistry MIPS =
      generic()
          .add(0x70000000L, "PT_MIPS_REGINFO", "MIPS register usage")
          .add(0x70000001L, "PT_MIPS_RTPROC", "MIPS runtime procedure table")
          .add(0x70000002L, "PT_MIPS_OPTIONS", "MIPS options")
          .add(0x70000003L, "PT_MIPS_ABIFLAGS", "MIPS ABI flags")
          .build();

  /** The registry for {@code e_machine}: processor-specific values mean different things. */
  public static ConstantRegistry forMachine(int machine) {
    return switch (machine) {
      case Machines.EM_ARM -> ARM;
      case Machines.EM_AARCH64 -> AARCH64;
      case Machines.EM_MIPS -> MIPS;
      default -> GENERIC;
    };
  }

  public static final FlagRegistry FLAGS =
      FlagRegistry.of(
          "p_flags",
          new ElfConstant(1, "PF_X", "executable"),
          new ElfConstant(2, "PF_W", "writable"),
          new ElfConstant(4, "PF_R", "readable"));
}
