package dev.cloudabi.elf;

import java.util.List;
import java.util.Optional;

/** The SysV symbol hash table ({@code SHT_HASH}, {@code DT_HASH}). */
public record SysvHashTable(
    long fileOffset, long nbucket, long nchain, int[] buckets, int[] chains) {

  /** Bytes of the table as read: two header words, the buckets and the chains. */
  public long size() {
    return 8 + 4L * (buckets.length + chains.length);
  }

  /** The SysV ELF hash of a symbol name. */
  public static long hash(String name) {
    long h = 0;
    for (byte b : name.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      h = (h << 4) + (b & 0xff);
      long g = h & 0xf0000000L;
      if (g != 0) {
        h ^= g >>> 24;
      }
      h &= ~g;
    }
    return h & 0xffffffffL;
  }

  /** Finds {@code name} by walking the bucket and chain; stops after {@code nchain} steps. */
  public Optional<ElfSymbol> lookup(String name, List<ElfSymbol> symbols) {
    if (buckets.length == 0) {
      return Optional.empty();
    }
    int index = buckets[(int) (hash(name) % buckets.length)];
    for (int steps = 0; index != 0 && steps <= chains.length; steps++) {
      if (index < 0 || index >= symbols.size() || index >= chains.length) {
        return Optional.empty();
      }
      if (symbols.get(index).name().equals(name)) {
        return Optional.of(symbols.get(index));
      }
      index = chains[index];
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SysvHashTable t
        && t.fileOffset == fileOffset
        && java.util.Arrays.equals(t.buckets, buckets)
        && java.util.Arrays.equals(t.chains, chains);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(fileOffset);
  }

  @Override
  public String toString() {
    return "SysvHashTable[nbucket=" + nbucket + ", nchain=" + nchain + "]";
  }
}
