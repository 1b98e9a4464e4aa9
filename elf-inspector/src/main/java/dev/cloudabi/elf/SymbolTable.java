package dev.cloudabi.elf;

import java.util.List;
import java.util.Optional;

/** A decoded {@code SHT_SYMTAB} or {@code SHT_DYNSYM} section. */
public record SymbolTable(SectionHeader section, List<ElfSymbol> symbols) {
  public SymbolTable {
    symbols = List.copyOf(symbols);
  }

  /** The first symbol with this exact name. */
  public Optional<ElfSymbol> find(String name) {
    for (ElfSymbol symbol : symbols) {
      if (symbol.name().equals(name)) {
        return Optional.of(symbol);
      }
    }
    return Optional.empty();
  }
}
