package dev.cloudabi.elf.analysis;

import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.ProgramHeader;
import dev.cloudabi.elf.Relocation;
import dev.cloudabi.elf.RelocationSection;
import dev.cloudabi.elf.constants.ProgramTypes;
import dev.cloudabi.elf.constants.RelocationTypes;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The pointer a loaded image holds at an address: the addend of its {@code R_*_RELATIVE} relocation
 * (position-independent GOT entries), else the file's bytes (fixed-address images).
 */
final class PointerReader {
  private final ElfFile elf;
  private final Map<Long, Long> relativeTargets = new HashMap<>();

  PointerReader(ElfFile elf) {
    this.elf = elf;
    int relative = RelocationTypes.relativeType(elf.header().e_machine());
    for (RelocationSection section : elf.relocations()) {
      for (Relocation r : section.relocations()) {
        if (r.type() == relative && r.r_addend().isPresent()) {
          relativeTargets.put(r.r_offset(), r.r_addend().getAsLong());
        }
      }
    }
  }

  OptionalLong at(long address) {
    Long relocated = relativeTargets.get(address);
    if (relocated != null) {
      return OptionalLong.of(relocated);
    }
    int size = elf.header().is64() ? 8 : 4;
    for (ProgramHeader p : elf.segmentsOfType(ProgramTypes.PT_LOAD)) {
      long delta = address - p.p_vaddr();
      if (delta >= 0 && delta + size <= p.p_filesz()) {
        ByteBuffer data = elf.segmentData(p).orElse(null);
        if (data == null || delta + size > data.limit()) {
          return OptionalLong.empty();
        }
        return OptionalLong.of(
            size == 8
                ? data.getLong((int) delta)
                : Integer.toUnsignedLong(data.getInt((int) delta)));
      }
    }
    return OptionalLong.empty();
  }
}
