package dev.cloudabi.elf;

import dev.cloudabi.elf.constants.FileTypes;
import dev.cloudabi.elf.constants.Idents;
import dev.cloudabi.elf.constants.Machines;
import java.nio.ByteOrder;

/**
 * The ELF file header ({@code Elf32_Ehdr} / {@code Elf64_Ehdr}) with the raw field values. Extended
 * numbering ({@code e_phnum == PN_XNUM}, {@code e_shnum == 0}, {@code e_shstrndx == SHN_XINDEX}) is
 * resolved by {@link ElfFile}, not here.
 */
public record ElfHeader(
    int ei_class,
    int ei_data,
    int ei_version,
    int ei_osabi,
    int ei_abiversion,
    int e_type,
    int e_machine,
    long e_version,
    long e_entry,
    long e_phoff,
    long e_shoff,
    long e_flags,
    int e_ehsize,
    int e_phentsize,
    int e_phnum,
    int e_shentsize,
    int e_shnum,
    int e_shstrndx) {

  public static final int ELF32_SIZE = 52;
  public static final int ELF64_SIZE = 64;

  public boolean is64() {
    return ei_class == Idents.ELFCLASS64;
  }

  public ByteOrder byteOrder() {
    return ei_data == Idents.ELFDATA2MSB ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
  }

  /** The header always starts the file. */
  public long fileOffset() {
    return 0;
  }

  /** Size of the header structure for this class (not the possibly damaged {@code e_ehsize}). */
  public int size() {
    return is64() ? ELF64_SIZE : ELF32_SIZE;
  }

  public String machineName() {
    return Machines.REGISTRY.name(e_machine);
  }

  public String typeName() {
    return FileTypes.REGISTRY.name(e_type);
  }

  public String osabiName() {
    return Idents.OSABI.name(ei_osabi);
  }
}
