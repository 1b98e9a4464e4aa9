package dev.cloudabi.app.binary;

import dev.cloudabi.elf.ElfSymbol;

/**
 * One symbol as the symbol table shows it.
 *
 * @param table {@code .symtab} or {@code .dynsym}
 * @param displayName the demangled name, or the raw name for C names
 * @param section the name of the section it is defined in, {@code UND}, {@code ABS} or {@code COM}
 * @param body the bytes the symbol names in the file, when it has any
 */
public record SymbolRow(
    String table,
    ElfSymbol symbol,
    String displayName,
    String section,
    java.util.Optional<ByteRange> body) {

  /** The bytes of the symbol table entry. */
  public ByteRange entry() {
    return new ByteRange(
        symbol.fileOffset(), symbol.size(), table + "[" + symbol.index() + "] " + symbol.name());
  }

  public String name() {
    return symbol.name();
  }

  public boolean isFunction() {
    return symbol.type() == 2;
  }

  public boolean isDemangled() {
    return !displayName.equals(symbol.name());
  }
}
