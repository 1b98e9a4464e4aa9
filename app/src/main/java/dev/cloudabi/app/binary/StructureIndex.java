package dev.cloudabi.app.binary;

import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.ElfHeader;
import dev.cloudabi.elf.ProgramHeader;
import dev.cloudabi.elf.SectionHeader;
import dev.cloudabi.elf.SymbolTable;
import dev.cloudabi.elf.constants.ProgramTypes;
import dev.cloudabi.elf.constants.SectionTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers "which structures cover this byte": the ELF header field, program and section header
 * entries and fields, sections, segments, symbol table entries and the symbols whose code or data
 * include it. Symbol table and header entries are found by arithmetic, not by a per-entry index.
 */
public final class StructureIndex {
  private final ElfFile elf;
  private final List<SymbolRow> symbolsWithBodies;

  public StructureIndex(ElfFile elf, List<SymbolRow> symbols) {
    this.elf = elf;
    this.symbolsWithBodies =
        symbols.stream().filter(s -> s.body().map(b -> b.length() > 0).orElse(false)).toList();
  }

  /** Every structure that covers the byte at {@code offset}, outermost first. */
  public List<String> covering(long offset) {
    List<String> out = new ArrayList<>();
    ElfHeader h = elf.header();
    boolean is64 = h.is64();
    if (offset < h.size()) {
      out.add("ELF header" + fieldSuffix(FieldLayout.header(is64), offset));
    }
    entry(
        out,
        "program header",
        h.e_phoff(),
        h.e_phentsize(),
        elf.programHeaders().size(),
        offset,
        FieldLayout.programHeader(is64),
        i -> ProgramTypes.GENERIC.name(elf.programHeaders().get(i).p_type()));
    entry(
        out,
        "section header",
        h.e_shoff(),
        h.e_shentsize(),
        elf.sections().size(),
        offset,
        FieldLayout.sectionHeader(is64),
        i -> quoted(elf.sections().get(i).name()));
    for (ProgramHeader p : elf.programHeaders()) {
      if (p.p_filesz() > 0 && offset >= p.p_offset() && offset - p.p_offset() < p.p_filesz()) {
        out.add(
            "segment "
                + p.index()
                + " "
                + ProgramTypes.GENERIC.name(p.p_type())
                + String.format(" +0x%x", offset - p.p_offset()));
      }
    }
    for (SectionHeader s : elf.sections()) {
      if (s.hasFileData()
          && s.sh_size() > 0
          && offset >= s.sh_offset()
          && offset - s.sh_offset() < s.sh_size()) {
        out.add("section " + quoted(s.name()) + String.format(" +0x%x", offset - s.sh_offset()));
        symbolEntry(out, s, offset);
      }
    }
    for (SymbolRow row : symbolsWithBodies) {
      ByteRange body = row.body().orElseThrow();
      if (body.contains(offset)) {
        out.add("symbol " + row.displayName() + String.format(" +0x%x", offset - body.offset()));
      }
    }
    return out;
  }

  private void symbolEntry(List<String> out, SectionHeader s, long offset) {
    if (s.sh_type() != SectionTypes.SHT_SYMTAB && s.sh_type() != SectionTypes.SHT_DYNSYM) {
      return;
    }
    Optional<SymbolTable> table =
        s.sh_type() == SectionTypes.SHT_SYMTAB ? elf.symbolTable() : elf.dynamicSymbolTable();
    int entSize = elf.header().is64() ? 24 : 16;
    long index = (offset - s.sh_offset()) / entSize;
    if (table.isPresent()
        && table.get().section().index() == s.index()
        && index < table.get().symbols().size()) {
      String name = table.get().symbols().get((int) index).name();
      long rel = (offset - s.sh_offset()) % entSize;
      out.add(
          s.name()
              + "["
              + index
              + "] "
              + quoted(name)
              + fieldSuffix(FieldLayout.symbol(elf.header().is64()), rel));
    }
  }

  private static void entry(
      List<String> out,
      String what,
      long tableOffset,
      int entrySize,
      int count,
      long offset,
      FieldLayout layout,
      java.util.function.IntFunction<String> name) {
    if (entrySize <= 0 || offset < tableOffset) {
      return;
    }
    long index = (offset - tableOffset) / entrySize;
    if (index < count) {
      long rel = (offset - tableOffset) % entrySize;
      out.add(what + " " + index + " " + name.apply((int) index) + fieldSuffix(layout, rel));
    }
  }

  private static String fieldSuffix(FieldLayout layout, long relative) {
    return layout.at(relative).map(f -> ": " + f.name()).orElse("");
  }

  private static String quoted(String name) {
    return name.isEmpty() ? "(no name)" : name;
  }
}
