package dev.cloudabi.elf;

import dev.cloudabi.elf.constants.SectionFlags;
import dev.cloudabi.elf.constants.SectionTypes;

/**
 * One section header ({@code Elf32_Shdr} / {@code Elf64_Shdr}) with its name resolved from the
 * section-header string table ({@code ""} when it could not be read; see the diagnostics).
 *
 * @param index position in the table
 * @param name the name at {@code sh_name}
 * @param fileOffset where this header sits in the file
 * @param size bytes of this header in the file ({@code e_shentsize})
 */
public record SectionHeader(
    int index,
    String name,
    long sh_name,
    long sh_type,
    long sh_flags,
    long sh_addr,
    long sh_offset,
    long sh_size,
    long sh_link,
    long sh_info,
    long sh_addralign,
    long sh_entsize,
    long fileOffset,
    int size) {

  /** Whether the section has bytes in the file ({@code SHT_NOBITS} and {@code SHT_NULL} do not). */
  public boolean hasFileData() {
    return sh_type != SectionTypes.SHT_NOBITS && sh_type != SectionTypes.SHT_NULL;
  }

  public boolean isAllocated() {
    return (sh_flags & SectionFlags.SHF_ALLOC) != 0;
  }
}
