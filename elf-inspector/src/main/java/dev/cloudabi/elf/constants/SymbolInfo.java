package dev.cloudabi.elf.constants;

/** The parts of {@code st_info} (binding, type) and {@code st_other} (visibility). */
public final class SymbolInfo {
  private SymbolInfo() {}

  public static final int STB_LOCAL = 0;
  public static final int STB_GLOBAL = 1;
  public static final int STB_WEAK = 2;
  public static final int STT_NOTYPE = 0;
  public static final int STT_OBJECT = 1;
  public static final int STT_FUNC = 2;
  public static final int STT_SECTION = 3;
  public static final int STT_FILE = 4;
  public static final int STT_TLS = 6;
  public static final int STV_DEFAULT = 0;

  public static final ConstantRegistry BINDING =
      ConstantRegistry.builder("ST_BIND")
          .add(STB_LOCAL, "STB_LOCAL", "not visible outside the object")
          .add(STB_GLOBAL, "STB_GLOBAL", "visible to all objects")
          .add(STB_WEAK, "STB_WEAK", "global, lower precedence")
          .add(10, "STB_GNU_UNIQUE", "unique in the process (GNU)")
          .build();

  public static final ConstantRegistry TYPE =
      ConstantRegistry.builder("ST_TYPE")
          .add(STT_NOTYPE, "STT_NOTYPE", "unspecified")
          .add(STT_OBJECT, "STT_OBJECT", "data object")
          .add(STT_FUNC, "STT_FUNC", "function")
          .add(STT_SECTION, "STT_SECTION", "a section")
          .add(STT_FILE, "STT_FILE", "source file name")
          .add(5, "STT_COMMON", "uninitialised common block")
          .add(STT_TLS, "STT_TLS", "thread-local data object")
          .add(10, "STT_GNU_IFUNC", "indirect function (GNU)")
          .build();

  public static final ConstantRegistry VISIBILITY =
      ConstantRegistry.builder("ST_VISIBILITY")
          .add(STV_DEFAULT, "STV_DEFAULT", "as given by the binding")
          .add(1, "STV_INTERNAL", "processor-specific hidden")
          .add(2, "STV_HIDDEN", "not visible to other components")
          .add(3, "STV_PROTECTED", "visible but not preemptible")
          .build();
}
