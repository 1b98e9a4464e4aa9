package dev.cloudabi.elf;

import dev.cloudabi.elf.constants.SectionTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/** Decodes one {@code SHT_SYMTAB} / {@code SHT_DYNSYM} section. */
final class SymbolDecoder {
  static final int ELF32_ENTRY = 16;
  static final int ELF64_ENTRY = 24;
  private static final int SHN_XINDEX = 0xffff;

  private SymbolDecoder() {}

  /**
   * @param versions the version of the symbol at an index, for {@code .dynsym}; empty otherwise
   */
  static SymbolTable decode(
      ElfInput in,
      SectionHeader table,
      List<SectionHeader> sections,
      IntFunction<Optional<SymbolVersion>> versions,
      ElfParseLimits limits,
      Diagnostics diagnostics) {
    String field = table.name().isEmpty() ? "section[" + table.index() + "]" : table.name();
    int standard = in.is64() ? ELF64_ENTRY : ELF32_ENTRY;
    long entry = table.sh_entsize();
    if (entry != standard) {
      diagnostics.add(
          table.fileOffset(),
          field + " sh_entsize",
          "is "
              + entry
              + ", a symbol has "
              + standard
              + " bytes"
              + (entry < standard ? "; using " + standard : ""));
      if (entry < standard) {
        entry = standard;
      }
    }
    if (!table.hasFileData()) {
      diagnostics.add(table.fileOffset(), field + " sh_type", "a symbol table needs file data");
      return new SymbolTable(table, List.of());
    }
    long declared = Long.divideUnsigned(table.sh_size(), entry);
    int count =
        Tables.readableCount(
            in,
            diagnostics,
            field,
            table.sh_offset(),
            entry,
            declared,
            limits.maxSymbolsPerTable());
    StringTable names = linkedStrings(in, table, sections, field, limits, diagnostics);
    ExtendedIndices xindex = ExtendedIndices.find(in, table, sections);
    List<ElfSymbol> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long at = table.sh_offset() + i * entry;
      long stName = in.u32(at);
      long value;
      long size;
      int info;
      int other;
      int shndx;
      if (in.is64()) {
        info = in.u8(at + 4);
        other = in.u8(at + 5);
        shndx = in.u16(at + 6);
        value = in.u64(at + 8);
        size = in.u64(at + 16);
      } else {
        value = in.u32(at + 4);
        size = in.u32(at + 8);
        info = in.u8(at + 12);
        other = in.u8(at + 13);
        shndx = in.u16(at + 14);
      }
      if (shndx == SHN_XINDEX) {
        shndx = xindex.at(i, shndx);
      }
      String name = stName == 0 ? "" : names.at(stName, at, field + "[" + i + "] st_name");
      out.add(
          new ElfSymbol(
              i,
              name,
              stName,
              value,
              size,
              info,
              other,
              shndx,
              versions.apply(i),
              at,
              (int) entry));
    }
    return new SymbolTable(table, out);
  }

  private static StringTable linkedStrings(
      ElfInput in,
      SectionHeader table,
      List<SectionHeader> sections,
      String field,
      ElfParseLimits limits,
      Diagnostics diagnostics) {
    long link = table.sh_link();
    if (link <= 0 || link >= sections.size()) {
      diagnostics.add(
          table.fileOffset(), field + " sh_link", "is " + link + ", not a string table section");
      return StringTable.empty(in, diagnostics);
    }
    SectionHeader strings = sections.get((int) link);
    if (strings.sh_type() != SectionTypes.SHT_STRTAB) {
      diagnostics.add(
          table.fileOffset(),
          field + " sh_link",
          "points at section " + link + ", which is not SHT_STRTAB");
    }
    return SectionHeaderDecoder.stringTable(in, strings, limits, diagnostics);
  }

  /** The {@code SHT_SYMTAB_SHNDX} section that belongs to a symbol table, if any. */
  private record ExtendedIndices(ElfInput in, long offset, long count) {
    static ExtendedIndices find(ElfInput in, SectionHeader table, List<SectionHeader> sections) {
      for (SectionHeader s : sections) {
        if (s.sh_type() == SectionTypes.SHT_SYMTAB_SHNDX
            && s.sh_link() == table.index()
            && in.contains(s.sh_offset(), s.sh_size())) {
          return new ExtendedIndices(in, s.sh_offset(), s.sh_size() / 4);
        }
      }
      return new ExtendedIndices(in, 0, 0);
    }

    int at(int symbol, int fallback) {
      return symbol < count ? (int) in.u32(offset + 4L * symbol) : fallback;
    }
  }
}
