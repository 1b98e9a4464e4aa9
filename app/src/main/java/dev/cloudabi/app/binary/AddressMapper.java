package dev.cloudabi.app.binary;

import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.ProgramHeader;
import dev.cloudabi.elf.SectionHeader;
import dev.cloudabi.elf.constants.ProgramTypes;
import java.util.Optional;
import java.util.OptionalLong;

/** Translates virtual addresses into file offsets through the sections and the PT_LOAD segments. */
public final class AddressMapper {
  private final ElfFile elf;

  public AddressMapper(ElfFile elf) {
    this.elf = elf;
  }

  /** The file offset that holds the byte at {@code address}, if the file has it. */
  public OptionalLong fileOffset(long address) {
    for (SectionHeader s : elf.sections()) {
      if (s.isAllocated()
          && s.hasFileData()
          && Long.compareUnsigned(address, s.sh_addr()) >= 0
          && Long.compareUnsigned(address - s.sh_addr(), s.sh_size()) < 0) {
        return OptionalLong.of(s.sh_offset() + (address - s.sh_addr()));
      }
    }
    for (ProgramHeader p : elf.segmentsOfType(ProgramTypes.PT_LOAD)) {
      if (Long.compareUnsigned(address, p.p_vaddr()) >= 0
          && Long.compareUnsigned(address - p.p_vaddr(), p.p_filesz()) < 0) {
        return OptionalLong.of(p.p_offset() + (address - p.p_vaddr()));
      }
    }
    return OptionalLong.empty();
  }

  /** The bytes of {@code [address, address + size)} in the file, cut at the end of its segment. */
  public Optional<ByteRange> range(long address, long size, String label) {
    OptionalLong start = fileOffset(address);
    if (start.isEmpty() || start.getAsLong() >= elf.fileSize()) {
      return Optional.empty();
    }
    long length = Math.min(size, elf.fileSize() - start.getAsLong());
    return Optional.of(new ByteRange(start.getAsLong(), length, label));
  }

  /** The section that holds {@code address}, if any. */
  public Optional<SectionHeader> sectionAt(long address) {
    for (SectionHeader s : elf.sections()) {
      if (s.isAllocated()
          && Long.compareUnsigned(address, s.sh_addr()) >= 0
          && Long.compareUnsigned(address - s.sh_addr(), s.sh_size()) < 0) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
