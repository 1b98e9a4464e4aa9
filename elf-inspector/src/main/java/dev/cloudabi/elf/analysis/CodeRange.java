package dev.cloudabi.elf.analysis;

import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.ElfSymbol;
import dev.cloudabi.elf.SectionHeader;
import dev.cloudabi.elf.SymbolTable;
import dev.cloudabi.elf.disasm.DisasmArch;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A part of an executable section in one instruction set. ARM sections switch between ARM, Thumb
 * and literal data at the ELF mapping symbols {@code $a}, {@code $t} and {@code $d}.
 *
 * @param from offset inside the section, inclusive
 * @param to offset inside the section, exclusive
 */
record CodeRange(int from, int to, DisasmArch arch) {

  /**
   * @param size the bytes of the section actually in the file (never {@code sh_size}, which a
   *     damaged file can set to anything)
   */
  static List<CodeRange> of(ElfFile elf, SectionHeader section, DisasmArch arch, int size) {
    if (arch != DisasmArch.ARM) {
      return List.of(new CodeRange(0, size, arch));
    }
    // Offset in section → mode (null for data); later symbols at the same offset win.
    TreeMap<Integer, DisasmArch> marks = new TreeMap<>();
    for (ElfSymbol s : elf.symbolTable().map(SymbolTable::symbols).orElse(List.of())) {
      if (s.st_shndx() != section.index() || !s.name().startsWith("$")) {
        continue;
      }
      long offset = s.st_value() - section.sh_addr();
      if (offset < 0 || offset >= size) {
        continue;
      }
      DisasmArch mode =
          s.name().startsWith("$a")
              ? DisasmArch.ARM
              : s.name().startsWith("$t") ? DisasmArch.THUMB : null;
      if (s.name().startsWith("$a") || s.name().startsWith("$t") || s.name().startsWith("$d")) {
        marks.put((int) offset, mode);
      }
    }
    if (marks.isEmpty()) {
      boolean thumbEntry = (elf.header().e_entry() & 1) != 0;
      return List.of(new CodeRange(0, size, thumbEntry ? DisasmArch.THUMB : DisasmArch.ARM));
    }
    List<CodeRange> out = new ArrayList<>();
    if (marks.firstKey() > 0) {
      out.add(new CodeRange(0, marks.firstKey(), DisasmArch.ARM));
    }
    Integer at = marks.firstKey();
    while (at != null) {
      Integer next = marks.higherKey(at);
      int end = next == null ? size : next;
      DisasmArch mode = marks.get(at);
      if (mode != null && end > at) {
        out.add(new CodeRange(at, end, mode));
      }
      at = next;
    }
    return out;
  }
}
