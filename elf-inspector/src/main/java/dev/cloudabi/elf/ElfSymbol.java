package dev.cloudabi.elf;

import dev.cloudabi.elf.constants.SymbolInfo;
import java.util.Optional;

/**
 * One symbol ({@code Elf32_Sym} / {@code Elf64_Sym}). {@code st_shndx} is already resolved through
 * {@code SHT_SYMTAB_SHNDX} when it was {@code SHN_XINDEX}.
 *
 * @param index position in its table
 * @param name the name at {@code st_name} ({@code ""} when unreadable; see the diagnostics)
 * @param version set only for {@code .dynsym} entries covered by {@code .gnu.version}
 * @param fileOffset where this entry sits in the file
 * @param size bytes of this entry in the file
 */
public record ElfSymbol(
    int index,
    String name,
    long st_name,
    long st_value,
    long st_size,
    int st_info,
    int st_other,
    int st_shndx,
    Optional<SymbolVersion> version,
    long fileOffset,
    int size) {

  /** {@code ST_BIND(st_info)}. */
  public int bind() {
    return st_info >>> 4;
  }

  /** {@code ST_TYPE(st_info)}. */
  public int type() {
    return st_info & 0xf;
  }

  /** {@code ST_VISIBILITY(st_other)}. */
  public int visibility() {
    return st_other & 0x3;
  }

  public boolean isDefined() {
    return st_shndx != 0;
  }

  public String bindName() {
    return SymbolInfo.BINDING.name(bind());
  }

  public String typeName() {
    return SymbolInfo.TYPE.name(type());
  }

  public String visibilityName() {
    return SymbolInfo.VISIBILITY.name(visibility());
  }
}
