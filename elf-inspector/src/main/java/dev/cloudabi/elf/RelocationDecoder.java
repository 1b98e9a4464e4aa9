package dev.cloudabi.elf;

import dev.cloudabi.elf.constants.RelocationTypes;
import dev.cloudabi.elf.constants.SectionTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.IntFunction;

/** Decodes the REL, RELA and RELR sections. */
final class RelocationDecoder {
  private RelocationDecoder() {}

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
    List<RelocationSection> out = new ArrayList<>();
    for (SectionHeader s : sections) {
      long type = s.sh_type();
      if (type == SectionTypes.SHT_REL || type == SectionTypes.SHT_RELA) {
        boolean rela = type == SectionTypes.SHT_RELA;
        out.add(explicit(in, header, s, rela, sections, symbols, limits, diagnostics));
      } else if (type == SectionTypes.SHT_RELR || type == SectionTypes.SHT_ANDROID_RELR) {
        out.add(relr(in, header, s, limits, diagnostics));
      }
    }
    return List.copyOf(out);
  }

  private static RelocationSection explicit(
      ElfInput in,
      ElfHeader header,
      SectionHeader s,
      boolean rela,
      List<SectionHeader> sections,
      IntFunction<List<ElfSymbol>> symbols,
      ElfParseLimits limits,
      Diagnostics diagnostics) {
    int w = in.wordSize();
    int entry = rela ? 3 * w : 2 * w;
    String field = s.name().isEmpty() ? "section[" + s.index() + "]" : s.name();
    if (s.sh_entsize() != 0 && s.sh_entsize() != entry) {
      diagnostics.add(
          s.fileOffset(), field + " sh_entsize", "is " + s.sh_entsize() + ", expected " + entry);
    }
    long declared = s.sh_size() / entry;
    int count =
        Tables.readableCount(
            in,
            diagnostics,
            field,
            s.sh_offset(),
            entry,
            declared,
            limits.maxRelocationsPerSection());
    List<ElfSymbol> table =
        s.sh_link() > 0 && s.sh_link() < sections.size()
            ? symbols.apply((int) s.sh_link())
            : List.of();
    List<Relocation> relocations = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long at = s.sh_offset() + (long) i * entry;
      long offset = in.word(at);
      long info = in.word(at + w);
      long sym = in.is64() ? info >>> 32 : info >>> 8;
      int type = (int) (in.is64() ? info & 0xffffffffL : info & 0xff);
      String name = "";
      if (sym != 0) {
        if (sym < table.size()) {
          name = table.get((int) sym).name();
        } else {
          diagnostics.add(
              at + w,
              field + "[" + i + "] r_info",
              "symbol index " + sym + " is outside the linked symbol table (" + table.size() + ")");
        }
      }
      OptionalLong addend = rela ? OptionalLong.of(in.sword(at + 2L * w)) : OptionalLong.empty();
      relocations.add(new Relocation(offset, info, type, sym, name, addend, at, entry));
    }
    return new RelocationSection(
        s,
        rela ? RelocationSection.Kind.RELA : RelocationSection.Kind.REL,
        header.e_machine(),
        count,
        relocations);
  }

  /** RELR: an address word, then bitmaps whose bit i relocates the i-th word after the base. */
  private static RelocationSection relr(
      ElfInput in,
      ElfHeader header,
      SectionHeader s,
      ElfParseLimits limits,
      Diagnostics diagnostics) {
    int w = in.wordSize();
    String field = s.name().isEmpty() ? "section[" + s.index() + "]" : s.name();
    int count =
        Tables.readableCount(
            in,
            diagnostics,
            field,
            s.sh_offset(),
            w,
            s.sh_size() / w,
            limits.maxRelocationsPerSection());
    int relative = RelocationTypes.relativeType(header.e_machine());
    List<Relocation> relocations = new ArrayList<>();
    long base = 0;
    int bitsPerWord = 8 * w - 1;
    for (int i = 0; i < count; i++) {
      long at = s.sh_offset() + (long) i * w;
      long word = in.word(at);
      if ((word & 1) == 0) {
        if (!add(relocations, word, relative, at, w, limits, diagnostics, field)) {
          break;
        }
        base = word + w;
      } else {
        long bits = word >>> 1;
        for (int bit = 0; bit < bitsPerWord && bits != 0; bit++, bits >>>= 1) {
          if ((bits & 1) != 0
              && !add(
                  relocations,
                  base + (long) bit * w,
                  relative,
                  at,
                  w,
                  limits,
                  diagnostics,
                  field)) {
            return new RelocationSection(
                s, RelocationSection.Kind.RELR, header.e_machine(), count, relocations);
          }
        }
        base += (long) bitsPerWord * w;
      }
    }
    return new RelocationSection(
        s, RelocationSection.Kind.RELR, header.e_machine(), count, relocations);
  }

  private static boolean add(
      List<Relocation> out,
      long address,
      int type,
      long at,
      int wordSize,
      ElfParseLimits limits,
      Diagnostics diagnostics,
      String field) {
    if (out.size() >= limits.maxRelocationsPerSection()) {
      diagnostics.add(
          at,
          field,
          "more than " + limits.maxRelocationsPerSection() + " relocations; the rest are skipped");
      return false;
    }
    // ELF32 addresses wrap at 32 bits, as the loader's arithmetic does.
    long wrapped = wordSize == 4 ? address & 0xffffffffL : address;
    out.add(new Relocation(wrapped, 0, type, 0, "", OptionalLong.empty(), at, wordSize));
    return true;
  }
}
