package dev.cloudabi.elf.constants;

/** {@code e_type}. */
public final class FileTypes {
  private FileTypes() {}

  public static final int ET_NONE = 0;
  public static final int ET_REL = 1;
  public static final int ET_EXEC = 2;
  public static final int ET_DYN = 3;
  public static final int ET_CORE = 4;

  public static final ConstantRegistry REGISTRY =
      ConstantRegistry.builder("e_type")
          .add(ET_NONE, "ET_NONE", "no file type")
          .add(ET_REL, "ET_REL", "relocatable object")
          .add(ET_EXEC, "ET_EXEC", "executable at a fixed address")
          .add(ET_DYN, "ET_DYN", "shared object or position-independent executable")
          .add(ET_CORE, "ET_CORE", "core dump")
          .build();
}
