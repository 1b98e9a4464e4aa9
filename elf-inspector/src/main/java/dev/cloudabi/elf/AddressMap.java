package dev.cloudabi.elf;

import dev.cloudabi.elf.constants.ProgramTypes;
import java.util.List;
import java.util.OptionalLong;

/** Maps virtual addresses to file offsets through the {@code PT_LOAD} segments. */
final class AddressMap {
  private final List<ProgramHeader> segments;

  AddressMap(List<ProgramHeader> segments) {
    this.segments = segments;
  }

  /** The file offset holding the byte at {@code address}, if a loadable segment has it in file. */
  OptionalLong toFileOffset(long address) {
    for (ProgramHeader p : segments) {
      if (p.p_type() == ProgramTypes.PT_LOAD
          && Long.compareUnsigned(address, p.p_vaddr()) >= 0
          && Long.compareUnsigned(address - p.p_vaddr(), p.p_filesz()) < 0) {
        return OptionalLong.of(p.p_offset() + (address - p.p_vaddr()));
      }
    }
    return OptionalLong.empty();
  }
}
