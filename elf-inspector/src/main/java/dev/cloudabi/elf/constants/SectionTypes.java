package dev.cloudabi.elf.constants;

/** {@code sh_type}, with the processor-specific values of the machines we know. */
public final class SectionTypes {
  private SectionTypes() {}

  public static final int SHT_NULL = 0;
  public static final int SHT_PROGBITS = 1;
  public static final int SHT_SYMTAB = 2;
  public static final int SHT_STRTAB = 3;
  public static final int SHT_RELA = 4;
  public static final int SHT_HASH = 5;
  public static final int SHT_DYNAMIC = 6;
  public static final int SHT_NOTE = 7;
  public static final int SHT_NOBITS = 8;
  public static final int SHT_REL = 9;
  public static final int SHT_DYNSYM = 11;
  public static final int SHT_INIT_ARRAY = 14;
  public static final int SHT_FINI_ARRAY = 15;
  public static final int SHT_PREINIT_ARRAY = 16;
  public static final int SHT_GROUP = 17;
  public static final int SHT_SYMTAB_SHNDX = 18;
  public static final int SHT_RELR = 19;
  public static final long SHT_ANDROID_RELR = 0x6fffff00L;
  public static final long SHT_GNU_HASH = 0x6ffffff6L;
  public static final long SHT_GNU_VERDEF = 0x6ffffffdL;
  public static final long SHT_GNU_VERNEED = 0x6ffffffeL;
  public static final long SHT_GNU_VERSYM = 0x6fffffffL;

  private static ConstantRegistry.Builder generic() {
    return ConstantRegistry.builder("sh_type")
        .add(SHT_NULL, "SHT_NULL", "inactive section header")
        .add(SHT_PROGBITS, "SHT_PROGBITS", "program-defined contents")
        .add(SHT_SYMTAB, "SHT_SYMTAB", "full symbol table")
        .add(SHT_STRTAB, "SHT_STRTAB", "string table")
        .add(SHT_RELA, "SHT_RELA", "relocations with explicit addends")
        .add(SHT_HASH, "SHT_HASH", "SysV symbol hash table")
        .add(SHT_DYNAMIC, "SHT_DYNAMIC", "dynamic linking information")
        .add(SHT_NOTE, "SHT_NOTE", "notes")
        .add(SHT_NOBITS, "SHT_NOBITS", "occupies no file space (bss)")
        .add(SHT_REL, "SHT_REL", "relocations without addends")
        .add(10, "SHT_SHLIB", "reserved")
        .add(SHT_DYNSYM, "SHT_DYNSYM", "dynamic symbol table")
        .add(SHT_INIT_ARRAY, "SHT_INIT_ARRAY", "array of constructors")
        .add(SHT_FINI_ARRAY, "SHT_FINI_ARRAY", "array of destructors")
        .add(SHT_PREINIT_ARRAY, "SHT_PREINIT_ARRAY", "array of pre-constructors")
        .add(SHT_GROUP, "SHT_GROUP", "section group")
        .add(SHT_SYMTAB_SHNDX, "SHT_SYMTAB_SHNDX", "extended section indices")
        .add(SHT_RELR, "SHT_RELR", "relative relocations, compressed")
        .add(0x60000001L, "SHT_ANDROID_REL", "Android packed REL relocations")
        .add(0x60000002L, "SHT_ANDROID_RELA", "Android packed RELA relocations")
        .add(0x6fff4c00L, "SHT_LLVM_ODRTAB", "LLVM ODR table")
        .add(0x6fff4c01L, "SHT_LLVM_LINKER_OPTIONS", "LLVM linker options")
        .add(0x6fff4c02L, "SHT_LLVM_CALL_GRAPH_PROFILE", "LLVM call-graph profile")
        .add(0x6fff4c03L, "SHT_LLVM_ADDRSIG", "LLVM address-significance table")
        .add(0x6fff4c04L, "SHT_LLVM_DEPENDENT_LIBRARIES", "LLVM dependent libraries")
        .add(0x6fff4c05L, "SHT_LLVM_SYMPART", "LLVM symbol partition")
        .add(0x6fff4c06L, "SHT_LLVM_PART_EHDR", "LLVM partition ELF header")
        .add(0x6fff4c07L, "SHT_LLVM_PART_PHDR", "LLVM partition program headers")
        .add(0x6fff4c08L, "SHT_LLVM_BB_ADDR_MAP", "LLVM basic-block address map")
        .add(SHT_ANDROID_RELR, "SHT_ANDROID_RELR", "Android RELR relocations")
        .add(0x6ffffff5L, "SHT_GNU_ATTRIBUTES", "GNU object attributes")
        .add(SHT_GNU_HASH, "SHT_GNU_HASH", "GNU symbol hash table")
        .add(0x6ffffff7L, "SHT_GNU_LIBLIST", "GNU prelink library list")
        .add(0x6ffffff8L, "SHT_CHECKSUM", "DSO content checksum")
        .add(SHT_GNU_VERDEF, "SHT_GNU_verdef", "symbol versions defined")
        .add(SHT_GNU_VERNEED, "SHT_GNU_verneed", "symbol versions needed")
        .add(SHT_GNU_VERSYM, "SHT_GNU_versym", "symbol version per dynamic symbol");
  }

  public static final ConstantRegistry GENERIC = generic().build();
  private static final ConstantRegistry ARM =
      generic()
          .add(0x70000001L, "SHT_ARM_EXIDX", "ARM exception index table")
          .add(0x70000002L, "SHT_ARM_PREEMPTMAP", "ARM DLL preemption map")
          .add(0x70000003L, "SHT_ARM_ATTRIBUTES", "ARM build attributes")
          .add(0x70000004L, "SHT_ARM_DEBUGOVERLAY", "ARM debug overlay")
          .add(0x70000005L, "SHT_ARM_OVERLAYSECTION", "ARM overlay section")
          .build();
  private static final ConstantRegistry X86_64 =
      generic().add(0x70000001L, "SHT_X86_64_UNWIND", "x86-64 unwind information").build();
  private static final ConstantRegistry AARCH64 =
      generic()
          .add(0x70000002L, "SHT_AARCH64_MEMTAG_GLOBALS_STATIC", "AArch64 memory-tagged globals")
          .build();
  private static final ConstantRegistry MIPS =
      generic()
          .add(0x70000006L, "SHT_MIPS_REGINFO", "MIPS register usage")
          .add(0x7000000dL, "SHT_MIPS_OPTIONS", "MIPS options")
          .add(0x7000001eL, "SHT_MIPS_DWARF", "MIPS DWARF debugging")
          .add(0x7000002aL, "SHT_MIPS_ABIFLAGS", "MIPS ABI flags")
          .build();

  /** The registry for {@code e_machine}: processor-specific values mean different things. */
  public static ConstantRegistry forMachine(int machine) {
    return switch (machine) {
      case Machines.EM_ARM -> ARM;
      case Machines.EM_X86_64 -> X86_64;
      case Machines.EM_AARCH64 -> AARCH64;
      case Machines.EM_MIPS -> MIPS;
      default -> GENERIC;
    };
  }
}
