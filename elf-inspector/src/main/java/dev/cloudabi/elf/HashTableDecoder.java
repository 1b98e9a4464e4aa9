package dev.cloudabi.elf;

import dev.cloudabi.elf.constants.DynamicTags;
import dev.cloudabi.elf.constants.SectionTypes;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Finds and decodes the SysV and GNU hash tables (section first, else the dynamic tag). */
final class HashTableDecoder {
  private HashTableDecoder() {}

  static Optional<SysvHashTable> sysv(
      ElfInput in,
      List<SectionHeader> sections,
      Optional<DynamicSection> dynamic,
      AddressMap addresses,
      ElfParseLimits limits,
      Diagnostics diagnostics) {
    OptionalLong at =
        locate(sections, SectionTypes.SHT_HASH, dynamic, DynamicTags.DT_HASH, addresses);
    if (at.isEmpty()) {
      return Optional.empty();
    }
    long offset = at.getAsLong();
    if (!in.contains(offset, 8)) {
      diagnostics.add(offset, "DT_HASH", "hash table header lies outside the file");
      return Optional.empty();
    }
    long nbucket = in.u32(offset);
    long nchain = in.u32(offset + 4);
    int limit = limits.maxSymbolsPerTable();
    int buckets =
        Tables.readableCount(in, diagnostics, "DT_HASH nbucket", offset + 8, 4, nbucket, limit);
    int chains =
        buckets == nbucket
            ? Tables.readableCount(
                in, diagnostics, "DT_HASH nchain", offset + 8 + 4 * nbucket, 4, nchain, limit)
            : 0;
    return Optional.of(
        new SysvHashTable(
            offset,
            nbucket,
            nchain,
            words(in, offset + 8, buckets),
            words(in, offset + 8 + 4 * nbucket, chains)));
  }

  static Optional<GnuHashTable> gnu(
      ElfInput in,
      List<SectionHeader> sections,
      Optional<DynamicSection> dynamic,
      AddressMap addresses,
      int symbolCount,
      ElfParseLimits limits,
      Diagnostics diagnostics) {
    OptionalLong at =
        locate(sections, SectionTypes.SHT_GNU_HASH, dynamic, DynamicTags.DT_GNU_HASH, addresses);
    if (at.isEmpty()) {
      return Optional.empty();
    }
    long offset = at.getAsLong();
    if (!in.contains(offset, 16)) {
      diagnostics.add(offset, "DT_GNU_HASH", "hash table header lies outside the file");
      return Optional.empty();
    }
    long nbuckets = in.u32(offset);
    long symoffset = in.u32(offset + 4);
    long bloomSize = in.u32(offset + 8);
    long bloomShift = in.u32(offset + 12);
    int w = in.wordSize();
    int limit = limits.maxSymbolsPerTable();
    int bloomCount =
        Tables.readableCount(
            in, diagnostics, "DT_GNU_HASH bloom_size", offset + 16, w, bloomSize, limit);
    long[] bloom = new long[bloomCount];
    for (int i = 0; i < bloomCount; i++) {
      bloom[i] = in.word(offset + 16 + (long) i * w);
    }
    long bucketsAt = offset + 16 + bloomSize * w;
    int bucketCount =
        bloomCount == bloomSize
            ? Tables.readableCount(
                in, diagnostics, "DT_GNU_HASH nbuckets", bucketsAt, 4, nbuckets, limit)
            : 0;
    long chainsAt = bucketsAt + 4 * nbuckets;
    long chainCount = symbolCount - symoffset;
    if (symoffset > symbolCount) {
      diagnostics.add(
          offset + 4,
          "DT_GNU_HASH symoffset",
          "is " + symoffset + ", beyond the " + symbolCount + " dynamic symbols");
      chainCount = 0;
    }
    int chains =
        bucketCount == nbuckets
            ? Tables.readableCount(
                in, diagnostics, "DT_GNU_HASH chains", chainsAt, 4, chainCount, limit)
            : 0;
    if (bloomShift >= 64) {
      diagnostics.add(
          offset + 12, "DT_GNU_HASH bloom_shift", "is " + bloomShift + ", wider than a word");
      bloomShift &= 63;
    }
    return Optional.of(
        new GnuHashTable(
            offset,
            nbuckets,
            symoffset,
            bloomSize,
            bloomShift,
            8 * w,
            bloom,
            words(in, bucketsAt, bucketCount),
            words(in, chainsAt, chains)));
  }

  private static OptionalLong locate(
      List<SectionHeader> sections,
      long sectionType,
      Optional<DynamicSection> dynamic,
      long tag,
      AddressMap addresses) {
    for (SectionHeader s : sections) {
      if (s.sh_type() == sectionType) {
        return OptionalLong.of(s.sh_offset());
      }
    }
    if (dynamic.isPresent()) {
      OptionalLong address = dynamic.get().value(tag);
      if (address.isPresent()) {
        return addresses.toFileOffset(address.getAsLong());
      }
    }
    return OptionalLong.empty();
  }

  private static int[] words(ElfInput in, long offset, int count) {
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      out[i] = (int) in.u32(offset + 4L * i);
    }
    return out;
  }
}
