package dev.cloudabi.elf;

import java.util.List;
import java.util.Optional;

/**
 * The GNU symbol hash table ({@code SHT_GNU_HASH}, {@code DT_GNU_HASH}).
 *
 * @param symoffset index of the first symbol the table covers
 * @param bloom the Bloom filter words (word-sized: 32 or 64 bits)
 * @param chains hash values of symbols {@code symoffset ..}, bit 0 marks a chain's end
 */
public record GnuHashTable(
    long fileOffset,
    long nbuckets,
    long symoffset,
    long bloomSize,
    long bloomShift,
    int wordBits,
    long[] bloom,
    int[] buckets,
    int[] chains) {

  /** Bytes of the table as read: header, Bloom words, buckets and chain values. */
  public long size() {
    return 16 + (long) bloom.length * (wordBits / 8) + 4L * (buckets.length + chains.length);
  }

  /** The GNU (DJB) hash of a symbol name. */
  public static long hash(String name) {
    int h = 5381;
    for (byte b : name.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      h = h * 33 + (b & 0xff);
    }
    return Integer.toUnsignedLong(h);
  }

  /** Finds {@code name}: Bloom filter, then bucket, then the chain. */
  public Optional<ElfSymbol> lookup(String name, List<ElfSymbol> symbols) {
    if (buckets.length == 0 || bloom.length == 0) {
      return Optional.empty();
    }
    long h = hash(name);
    long word = bloom[(int) ((h / wordBits) % bloom.length)];
    long bit1 = 1L << (h % wordBits);
    long bit2 = 1L << ((h >>> bloomShift) % wordBits);
    if ((word & bit1) == 0 || (word & bit2) == 0) {
      return Optional.empty();
    }
    long index = Integer.toUnsignedLong(buckets[(int) (h % buckets.length)]);
    if (index < symoffset) {
      return Optional.empty();
    }
    for (long i = index; i - symoffset < chains.length && i < symbols.size(); i++) {
      int chained = chains[(int) (i - symoffset)];
      if ((Integer.toUnsignedLong(chained) | 1) == (h | 1)
          && symbols.get((int) i).name().equals(name)) {
        return Optional.of(symbols.get((int) i));
      }
      if ((chained & 1) != 0) {
        break;
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GnuHashTable t
        && t.fileOffset == fileOffset
        && java.util.Arrays.equals(t.bloom, bloom)
        && java.util.Arrays.equals(t.buckets, buckets)
        && java.util.Arrays.equals(t.chains, chains);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(fileOffset);
  }

  @Override
  public String toString() {
    return "GnuHashTable[nbuckets="
        + nbuckets
        + ", symoffset="
        + symoffset
        + ", bloomSize="
        + bloomSize
        + ", chains="
        + chains.length
        + "]";
  }
}
