package dev.cloudabi.elf.constants;

/** {@code d_tag} of the dynamic array. */
public final class DynamicTags {
  private DynamicTags() {}

  public static final long DT_NULL = 0;
  public static final long DT_NEEDED = 1;
  public static final long DT_PLTRELSZ = 2;
  public static final long DT_HASH = 4;
  public static final long DT_STRTAB = 5;
  public static final long DT_SYMTAB = 6;
  public static final long DT_RELA = 7;
  public static final long DT_RELASZ = 8;
  public static final long DT_STRSZ = 10;
  public static final long DT_SONAME = 14;
  public static final long DT_RPATH = 15;
  public static final long DT_REL = 17;
  public static final long DT_RELSZ = 18;
  public static final long DT_TEXTREL = 22;
  public static final long DT_JMPREL = 23;
  public static final long DT_RUNPATH = 29;
  public static final long DT_RELRSZ = 35;
  public static final long DT_RELR = 36;
  public static final long DT_GNU_HASH = 0x6ffffef5L;
  public static final long DT_AUXILIARY = 0x7ffffffdL;
  public static final long DT_FILTER = 0x7fffffffL;

  public static final ConstantRegistry REGISTRY =
      ConstantRegistry.builder("d_tag")
          .add(DT_NULL, "DT_NULL", "end of the dynamic array")
          .add(DT_NEEDED, "DT_NEEDED", "name of a needed library")
          .add(DT_PLTRELSZ, "DT_PLTRELSZ", "size of the PLT relocations")
          .add(3, "DT_PLTGOT", "address of the PLT/GOT")
          .add(DT_HASH, "DT_HASH", "address of the SysV hash table")
          .add(DT_STRTAB, "DT_STRTAB", "address of the dynamic string table")
          .add(DT_SYMTAB, "DT_SYMTAB", "address of the dynamic symbol table")
          .add(DT_RELA, "DT_RELA", "address of the RELA relocations")
          .add(DT_RELASZ, "DT_RELASZ", "size of the RELA relocations")
          .add(9, "DT_RELAENT", "size of one RELA relocation")
          .add(DT_STRSZ, "DT_STRSZ", "size of the dynamic string table")
          .add(11, "DT_SYMENT", "size of one symbol")
          .add(12, "DT_INIT", "address of the initialisation function")
          .add(13, "DT_FINI", "address of the termination function")
          .add(DT_SONAME, "DT_SONAME", "name of this shared object")
          .add(DT_RPATH, "DT_RPATH", "library search path (deprecated)")
          .add(16, "DT_SYMBOLIC", "resolve symbols here first")
          .add(DT_REL, "DT_REL", "address of the REL relocations")
          .add(DT_RELSZ, "DT_RELSZ", "size of the REL relocations")
          .add(19, "DT_RELENT", "size of one REL relocation")
          .add(20, "DT_PLTREL", "type of the PLT relocations")
          .add(21, "DT_DEBUG", "reserved for the debugger")
          .add(DT_TEXTREL, "DT_TEXTREL", "relocations may write read-only segments")
          .add(DT_JMPREL, "DT_JMPREL", "address of the PLT relocations")
          .add(24, "DT_BIND_NOW", "bind every symbol at load time")
          .add(25, "DT_INIT_ARRAY", "address of the constructor array")
          .add(26, "DT_FINI_ARRAY", "address of the destructor array")
          .add(27, "DT_INIT_ARRAYSZ", "size of the constructor array")
          .add(28, "DT_FINI_ARRAYSZ", "size of the destructor array")
          .add(DT_RUNPATH, "DT_RUNPATH", "library search path")
          .add(30, "DT_FLAGS", "flags")
          .add(32, "DT_PREINIT_ARRAY", "address of the pre-constructor array")
          .add(33, "DT_PREINIT_ARRAYSZ", "size of the pre-constructor array")
          .add(34, "DT_SYMTAB_SHNDX", "address of SHT_SYMTAB_SHNDX")
          .add(DT_RELRSZ, "DT_RELRSZ", "size of the RELR relocations")
          .add(DT_RELR, "DT_RELR", "address of the RELR relocations")
          .add(37, "DT_RELRENT", "size of one RELR entry")
          .add(0x6000000fL, "DT_ANDROID_REL", "Android packed REL relocations")
          .add(0x60000010L, "DT_ANDROID_RELSZ", "size of Android packed REL")
          .add(0x60000011L, "DT_ANDROID_RELA", "Android packed RELA relocations")
          .add(0x60000012L, "DT_ANDROID_RELASZ", "size of Android packed RELA")
          .add(0x6fffe000L, "DT_ANDROID_RELR", "Android RELR relocations")
          .add(0x6fffe001L, "DT_ANDROID_RELRSZ", "size of Android RELR")
          .add(0x6fffe003L, "DT_ANDROID_RELRENT", "size of one Android RELR entry")
          .add(0x6ffffdf5L, "DT_GNU_PRELINKED", "prelink time stamp")
          .add(0x6ffffdf6L, "DT_GNU_CONFLICTSZ", "size of the prelink conflict list")
          .add(0x6ffffdf7L, "DT_GNU_LIBLISTSZ", "size of the prelink library list")
          .add(0x6ffffdf8L, "DT_CHECKSUM", "checksum")
          .add(0x6ffffdf9L, "DT_PLTPADSZ", "PLT padding size")
          .add(0x6ffffdfaL, "DT_MOVEENT", "size of one move entry")
          .add(0x6ffffdfbL, "DT_MOVESZ", "size of the move table")
          .add(0x6ffffdfcL, "DT_FEATURE_1", "feature flags")
          .add(0x6ffffdfdL, "DT_POSFLAG_1", "flags for the next entry")
          .add(0x6ffffdfeL, "DT_SYMINSZ", "size of the syminfo table")
          .add(0x6ffffdffL, "DT_SYMINENT", "size of one syminfo entry")
          .add(DT_GNU_HASH, "DT_GNU_HASH", "address of the GNU hash table")
          .add(0x6ffffef6L, "DT_TLSDESC_PLT", "TLS descriptor PLT entry")
          .add(0x6ffffef7L, "DT_TLSDESC_GOT", "TLS descriptor GOT entry")
          .add(0x6ffffef8L, "DT_GNU_CONFLICT", "prelink conflict list")
          .add(0x6ffffef9L, "DT_GNU_LIBLIST", "prelink library list")
          .add(0x6ffffefaL, "DT_CONFIG", "configuration file")
          .add(0x6ffffefbL, "DT_DEPAUDIT", "dependency audit library")
          .add(0x6ffffefcL, "DT_AUDIT", "audit library")
          .add(0x6ffffefdL, "DT_PLTPAD", "PLT padding")
          .add(0x6ffffefeL, "DT_MOVETAB", "move table")
          .add(0x6ffffeffL, "DT_SYMINFO", "syminfo table")
          .add(0x6ffffff0L, "DT_VERSYM", "address of .gnu.version")
          .add(0x6ffffff9L, "DT_RELACOUNT", "number of RELATIVE RELA relocations")
          .add(0x6ffffffaL, "DT_RELCOUNT", "number of RELATIVE REL relocations")
          .add(0x6ffffffbL, "DT_FLAGS_1", "more flags")
          .add(0x6ffffffcL, "DT_VERDEF", "address of .gnu.version_d")
          .add(0x6ffffffdL, "DT_VERDEFNUM", "number of version definitions")
          .add(0x6ffffffeL, "DT_VERNEED", "address of .gnu.version_r")
          .add(0x6fffffffL, "DT_VERNEEDNUM", "number of version requirements")
          .add(DT_AUXILIARY, "DT_AUXILIARY", "auxiliary filter")
          .add(DT_FILTER, "DT_FILTER", "standard filter")
          .build();

  /** Whether the value of {@code tag} is an offset into the dynamic string table. */
  public static boolean hasStringValue(long tag) {
    return tag == DT_NEEDED
        || tag == DT_SONAME
        || tag == DT_RPATH
        || tag == DT_RUNPATH
        || tag == DT_AUXILIARY
        || tag == DT_FILTER
        || tag == 0x6ffffefaL
        || tag == 0x6ffffefbL
        || tag == 0x6ffffefcL;
  }
}
