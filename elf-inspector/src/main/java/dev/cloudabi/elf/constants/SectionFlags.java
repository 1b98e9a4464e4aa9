package dev.cloudabi.elf.constants;

/** {@code sh_flags} bits, and the reserved section indices ({@code SHN_*}). */
public final class SectionFlags {
  private SectionFlags() {}

  public static final long SHF_WRITE = 0x1;
  public static final long SHF_ALLOC = 0x2;
  public static final long SHF_EXECINSTR = 0x4;
  public static final long SHF_TLS = 0x400;

  public static final int SHN_UNDEF = 0;
  public static final int SHN_LORESERVE = 0xff00;
  public static final int SHN_ABS = 0xfff1;
  public static final int SHN_COMMON = 0xfff2;
  public static final int SHN_XINDEX = 0xffff;

  public static final FlagRegistry FLAGS =
      FlagRegistry.of(
          "sh_flags",
          new ElfConstant(SHF_WRITE, "SHF_WRITE", "writable at run time"),
          new ElfConstant(SHF_ALLOC, "SHF_ALLOC", "occupies memory at run time"),
          new ElfConstant(SHF_EXECINSTR, "SHF_EXECINSTR", "machine instructions"),
          new ElfConstant(0x10, "SHF_MERGE", "mergeable entries"),
          new ElfConstant(0x20, "SHF_STRINGS", "NUL-terminated strings"),
          new ElfConstant(0x40, "SHF_INFO_LINK", "sh_info holds a section index"),
          new ElfConstant(0x80, "SHF_LINK_ORDER", "ordered with its sh_link section"),
          new ElfConstant(0x100, "SHF_OS_NONCONFORMING", "OS-specific handling required"),
          new ElfConstant(0x200, "SHF_GROUP", "member of a section group"),
          new ElfConstant(SHF_TLS, "SHF_TLS", "thread-local storage"),
          new ElfConstant(0x800, "SHF_COMPRESSED", "compressed contents"),
          new ElfConstant(0x200000, "SHF_GNU_RETAIN", "kept by the linker's garbage collection"),
          new ElfConstant(0x80000000L, "SHF_EXCLUDE", "excluded from the link"));

  public static final ConstantRegistry SPECIAL_INDICES =
      ConstantRegistry.builder("st_shndx")
          .add(SHN_UNDEF, "SHN_UNDEF", "undefined")
          .add(SHN_ABS, "SHN_ABS", "absolute value")
          .add(SHN_COMMON, "SHN_COMMON", "common block")
          .add(SHN_XINDEX, "SHN_XINDEX", "index in SHT_SYMTAB_SHNDX")
          .build();
}
