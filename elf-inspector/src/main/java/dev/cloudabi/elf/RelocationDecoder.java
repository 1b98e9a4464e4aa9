package dev.cloudabi.elf;

import dev.cloudabi.elf.constants.RelocationTypes;
import dev.cloudabi.elf.constants.SectionTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.IntFunction;

/**
 * Decodes the REL, RELA and RELR sections. {@code maxRelocations} bounds the total over all
 * sections: many section headers may describe the same bytes.
 */
final class RelocationDecoder {
  private final ElfInput in;
  private final ElfHeader header;
  private final List<SectionHeader> sections;
  private final IntFunction<List<ElfSymbol>> symbols;
  private final ElfParseLimits limits;
  private final Diagnostics diagnostics;
  private long remaining;
  private long remainingBytes;
  private long remainingTargets;

  private RelocationDecoder(
      ElfInput in,
      ElfHeader header,
      List<SectionHeader> sections,
      IntFunction<List<ElfSymbol>> symbols,
      ElfParseLimits limits,
      Diagnostics diagnostics) {
    this.in = in;
    this.header = header;
    this.sections = sections;
    this.symbols = symbols;
    this.limits = limits;
    this.diagnostics = diagnostics;
    this.remaining = limits.maxRelocations();
    // Section headers may repeat the same bytes: read at most twice the file (plus 1 MiB).
    this.remainingBytes = 2 * in.size() + (1 << 20);
    // Every RELR address relocates a word of the image, and file-backed words are bounded by
    // the file: decode at most that many (again twice the file plus 1 MiB).
    this.remainingTargets = this.remainingBytes / in.wordSize();
  }

  /**
   * @param symbols the symbol table linked by {@code sh_link}, by section index
   */
  static List<RelocationSection> decode(
      ElfInput in,
      ElfHeader header,
      List<SectionHeader> sections,
      IntFunction<List<ElfSymbol>> symbols,
      ElfParseLimits limits,
      Diagnostics diagnostics) {
    RelocationDecoder decoder =
        new RelocationDecoder(in, header, sections, symbols, limits, diagnostics);
    List<RelocationSection> out = new ArrayList<>();
    for (SectionHeader s : sections) {
      long type = s.sh_type();
      if (type == SectionTypes.SHT_REL || type == SectionTypes.SHT_RELA) {
        out.add(decoder.explicit(s, type == SectionTypes.SHT_RELA));
      } else if (type == SectionTypes.SHT_RELR || type == SectionTypes.SHT_ANDROID_RELR) {
        out.add(decoder.relr(s));
      }
    }
    return List.copyOf(out);
  }

  private static String field(SectionHeader s) {
    return s.name().isEmpty() ? "section[" + s.index() + "]" : s.name();
  }

  /** How many of {@code wanted} entries the total budgets still allow; reports a cut. */
  private int allowance(long wanted, int entrySize, long at, String field) {
    long allowed = Math.min(wanted, Math.min(remaining, remainingBytes / entrySize));
    if (allowed < wanted) {
      diagnostics.add(
          at,
          field,
          "relocation limit (maxRelocations "
              + limits.maxRelocations()
              + ", or twice the file's bytes over all sections) reached; "
              + (wanted - allowed)
              + " entries skipped");
    }
    remainingBytes -= allowed * entrySize;
    return (int) allowed;
  }

  private RelocationSection explicit(SectionHeader s, boolean rela) {
    int w = in.wordSize();
    int entry = rela ? 3 * w : 2 * w;
    String field = field(s);
    if (s.sh_entsize() != 0 && s.sh_entsize() != entry) {
      diagnostics.add(
          s.fileOffset(), field + " sh_entsize", "is " + s.sh_entsize() + ", expected " + entry);
    }
    long declared = Long.divideUnsigned(s.sh_size(), entry);
    int readable =
        Tables.readableCount(
            in, diagnostics, field, s.sh_offset(), entry, declared, limits.maxRelocations());
    int count = allowance(readable, entry, s.fileOffset(), field);
    remaining -= count;
    long badSymbols = 0;
    long firstBad = -1;
    List<ElfSymbol> table =
        s.sh_link() > 0 && s.sh_link() < sections.size()
            ? symbols.apply((int) s.sh_link())
            : List.of();
    // Only the symbol indices are read now, for the diagnostic; entries decode on demand.
    for (int i = 0; i < count; i++) {
      long at = s.sh_offset() + (long) i * entry;
      long sym = RelocationEntries.symbolIndex(in, in.word(at + w));
      if (sym != 0 && sym >= table.size() && badSymbols++ == 0) {
        firstBad = at + w;
      }
    }
    var relocations = new RelocationEntries(in, s.sh_offset(), entry, count, rela, table);
    if (badSymbols > 0) {
      diagnostics.add(
          firstBad,
          field + " r_info",
          badSymbols
              + " relocations name symbols outside the linked symbol table ("
              + table.size()
              + " symbols); the first is here");
    }
    return new RelocationSection(
        s,
        rela ? RelocationSection.Kind.RELA : RelocationSection.Kind.REL,
        header.e_machine(),
        readable,
        relocations);
  }

  /** RELR: an address word, then bitmaps whose bit i relocates the i-th word after the base. */
  private RelocationSection relr(SectionHeader s) {
    int w = in.wordSize();
    String field = field(s);
    int readable =
        Tables.readableCount(
            in,
            diagnostics,
            field,
            s.sh_offset(),
            w,
            Long.divideUnsigned(s.sh_size(), w),
            limits.maxRelocations());
    int words = (int) Math.min(readable, remainingBytes / w);
    if (words < readable) {
      diagnostics.add(
          s.fileOffset(),
          field,
          "relocation byte budget reached; " + (readable - words) + " RELR words skipped");
    }
    remainingBytes -= (long) words * w;
    int relative = RelocationTypes.relativeType(header.e_machine());
    List<Relocation> relocations = new ArrayList<>();
    long base = 0;
    int bitsPerWord = 8 * w - 1;
    for (int i = 0; i < words; i++) {
      long at = s.sh_offset() + (long) i * w;
      long word = in.word(at);
      if ((word & 1) == 0) {
        if (!add(relocations, word, relative, at, w, field)) {
          break;
        }
        base = word + w;
      } else {
        long bits = word >>> 1;
        for (int bit = 0; bit < bitsPerWord && bits != 0; bit++, bits >>>= 1) {
          if ((bits & 1) != 0 && !add(relocations, base + (long) bit * w, relative, at, w, field)) {
            return new RelocationSection(
                s, RelocationSection.Kind.RELR, header.e_machine(), words, relocations);
          }
        }
        base += (long) bitsPerWord * w;
      }
    }
    return new RelocationSection(
        s, RelocationSection.Kind.RELR, header.e_machine(), words, relocations);
  }

  private boolean add(
      List<Relocation> out, long address, int type, long at, int wordSize, String field) {
    if (remaining <= 0 || remainingTargets <= 0) {
      diagnostics.add(
          at,
          field,
          "relocation limit (maxRelocations "
              + limits.maxRelocations()
              + ") reached; the rest"
              + " are skipped");
      return false;
    }
    remaining--;
    remainingTargets--;
    // ELF32 addresses wrap at 32 bits, as the loader's arithmetic does.
    long wrapped = wordSize == 4 ? address & 0xffffffffL : address;
    out.add(new Relocation(wrapped, 0, type, 0, "", OptionalLong.empty(), at, wordSize));
    return true;
  }
}
