package dev.cloudabi.app.binary;

import java.util.List;
import java.util.Optional;

/**
 * The fields of the fixed-size ELF records (gABI), for naming the bytes under the cursor and for
 * pointing evidence at one field. Offsets are relative to the start of the record.
 */
public record FieldLayout(List<Field> fields) {

  /** One field: its spec name, offset and size in bytes. */
  public record Field(String name, int offset, int size) {}

  public Optional<Field> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  public Optional<Field> at(long relative) {
    return fields.stream()
        .filter(f -> relative >= f.offset() && relative < f.offset() + f.size())
        .findFirst();
  }

  private static FieldLayout of(Object... nameOffsetSize) {
    Field[] out = new Field[nameOffsetSize.length / 3];
    for (int i = 0; i < out.length; i++) {
      out[i] =
          new Field(
              (String) nameOffsetSize[3 * i],
              (Integer) nameOffsetSize[3 * i + 1],
              (Integer) nameOffsetSize[3 * i + 2]);
    }
    return new FieldLayout(List.of(out));
  }

  private static final FieldLayout IDENT =
      of(
          "EI_MAG",
          0,
          4,
          "EI_CLASS",
          4,
          1,
          "EI_DATA",
          5,
          1,
          "EI_VERSION",
          6,
          1,
          "EI_OSABI",
          7,
          1,
          "EI_ABIVERSION",
          8,
          1,
          "EI_PAD",
          9,
          7);

  public static final FieldLayout EHDR64 =
      concat(
          IDENT,
          of(
              "e_type",
              16,
              2,
              "e_machine",
              18,
              2,
              "e_version",
              20,
              4,
              "e_entry",
              24,
              8,
              "e_phoff",
              32,
              8,
              "e_shoff",
              40,
              8,
              "e_flags",
              48,
              4,
              "e_ehsize",
              52,
              2,
              "e_phentsize",
              54,
              2,
              "e_phnum",
              56,
              2,
              "e_shentsize",
              58,
              2,
              "e_shnum",
              60,
              2,
              "e_shstrndx",
              62,
              2));

  public static final FieldLayout EHDR32 =
      concat(
          IDENT,
          of(
              "e_type",
              16,
              2,
              "e_machine",
              18,
              2,
              "e_version",
              20,
              4,
              "e_entry",
              24,
              4,
              "e_phoff",
              28,
              4,
              "e_shoff",
              32,
              4,
              "e_flags",
              36,
              4,
              "e_ehsize",
              40,
              2,
              "e_phentsize",
              42,
              2,
              "e_phnum",
              44,
              2,
              "e_shentsize",
              46,
              2,
              "e_shnum",
              48,
              2,
              "e_shstrndx",
              50,
              2));

  public static final FieldLayout PHDR64 =
      of(
          "p_type",
          0,
          4,
          "p_flags",
          4,
          4,
          "p_offset",
          8,
          8,
          "p_vaddr",
          16,
          8,
          "p_paddr",
          24,
          8,
          "p_filesz",
          32,
          8,
          "p_memsz",
          40,
          8,
          "p_align",
          48,
          8);

  public static final FieldLayout PHDR32 =
      of(
          "p_type",
          0,
          4,
          "p_offset",
          4,
          4,
          "p_vaddr",
          8,
          4,
          "p_paddr",
          12,
          4,
          "p_filesz",
          16,
          4,
          "p_memsz",
          20,
          4,
          "p_flags",
          24,
          4,
          "p_align",
          28,
          4);

  public static final FieldLayout SHDR64 =
      of(
          "sh_name",
          0,
          4,
          "sh_type",
          4,
          4,
          "sh_flags",
          8,
          8,
          "sh_addr",
          16,
          8,
          "sh_offset",
          24,
          8,
          "sh_size",
          32,
          8,
          "sh_link",
          40,
          4,
          "sh_info",
          44,
          4,
          "sh_addralign",
          48,
          8,
          "sh_entsize",
          56,
          8);

  public static final FieldLayout SHDR32 =
      of(
          "sh_name",
          0,
          4,
          "sh_type",
          4,
          4,
          "sh_flags",
          8,
          4,
          "sh_addr",
          12,
          4,
          "sh_offset",
          16,
          4,
          "sh_size",
          20,
          4,
          "sh_link",
          24,
          4,
          "sh_info",
          28,
          4,
          "sh_addralign",
          32,
          4,
          "sh_entsize",
          36,
          4);

  public static final FieldLayout SYM64 =
      of(
          "st_name",
          0,
          4,
          "st_info",
          4,
          1,
          "st_other",
          5,
          1,
          "st_shndx",
          6,
          2,
          "st_value",
          8,
          8,
          "st_size",
          16,
          8);

  public static final FieldLayout SYM32 =
      of(
          "st_name",
          0,
          4,
          "st_value",
          4,
          4,
          "st_size",
          8,
          4,
          "st_info",
          12,
          1,
          "st_other",
          13,
          1,
          "st_shndx",
          14,
          2);

  public static FieldLayout header(boolean is64) {
    return is64 ? EHDR64 : EHDR32;
  }

  public static FieldLayout programHeader(boolean is64) {
    return is64 ? PHDR64 : PHDR32;
  }

  public static FieldLayout sectionHeader(boolean is64) {
    return is64 ? SHDR64 : SHDR32;
  }

  public static FieldLayout symbol(boolean is64) {
    return is64 ? SYM64 : SYM32;
  }

  private static FieldLayout concat(FieldLayout a, FieldLayout b) {
    return new FieldLayout(
        java.util.stream.Stream.concat(a.fields.stream(), b.fields.stream()).toList());
  }
}
