package dev.cloudabi.elf;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.RandomAccess;

/**
 * The entries of a REL or RELA section, decoded when asked for. A big library has hundreds of
 * thousands of relocations and most uses (reports without {@code --relocations}) only count them;
 * decoding them all up front was a tenth of {@code cloudabi inspect}'s time. The list is immutable
 * and its elements are equal records every time.
 */
final class RelocationEntries extends AbstractList<Relocation> implements RandomAccess {
  private final ElfInput in;
  private final long offset;
  private final int entrySize;
  private final int count;
  private final boolean rela;
  private final List<ElfSymbol> symbols;

  /**
   * @param symbols the linked symbol table, for the names
   */
  RelocationEntries(
      ElfInput in, long offset, int entrySize, int count, boolean rela, List<ElfSymbol> symbols) {
    this.in = in;
    this.offset = offset;
    this.entrySize = entrySize;
    this.count = count;
    this.rela = rela;
    this.symbols = symbols;
  }

  @Override
  public Relocation get(int index) {
    Objects.checkIndex(index, count);
    int w = in.wordSize();
    long at = offset + (long) index * entrySize;
    long info = in.word(at + w);
    long sym = symbolIndex(in, info);
    int type = type(index);
    String name = sym != 0 && sym < symbols.size() ? symbols.get((int) sym).name() : "";
    OptionalLong addend = rela ? OptionalLong.of(in.sword(at + 2L * w)) : OptionalLong.empty();
    return new Relocation(in.word(at), info, type, sym, name, addend, at, entrySize);
  }

  /** {@code get(index).type()}, reading only the info word. */
  int type(int index) {
    Objects.checkIndex(index, count);
    long info = in.word(offset + (long) index * entrySize + in.wordSize());
    return (int) (in.is64() ? info & 0xffffffffL : info & 0xff);
  }

  @Override
  public int size() {
    return count;
  }

  static long symbolIndex(ElfInput in, long info) {
    return in.is64() ? info >>> 32 : info >>> 8;
  }
}
