package dev.cloudabi.emulator.crash;

import dev.cloudabi.emulator.loader.GuestSymbol;
import java.util.List;

/** Finds the symbol containing an address: {@code name+0xoffset}. */
public final class SymbolIndex {
  private final List<GuestSymbol> symbols;

  /**
   * @param symbols sorted by address
   */
  public SymbolIndex(List<GuestSymbol> symbols) {
    this.symbols = List.copyOf(symbols);
  }

  public String locate(long address) {
    GuestSymbol best = null;
    for (GuestSymbol s : symbols) {
      if (s.address() > address) {
        break;
      }
      if (s.size() == 0 ? s.address() == address : address < s.address() + s.size()) {
        best = s;
      }
    }
    if (best == null) {
      return "";
    }
    long offset = address - best.address();
    return offset == 0 ? best.name() : best.name() + "+0x" + Long.toHexString(offset);
  }
}
