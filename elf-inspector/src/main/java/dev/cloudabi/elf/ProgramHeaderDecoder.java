package dev.cloudabi.elf;

import java.util.ArrayList;
import java.util.List;

/** Decodes the program header table at {@code e_phoff}. */
final class ProgramHeaderDecoder {
  static final int ELF32_ENTRY = 32;
  static final int ELF64_ENTRY = 56;

  private ProgramHeaderDecoder() {}

  static List<ProgramHeader> decode(
      ElfInput in, ElfHeader header, long phnum, ElfParseLimits limits, Diagnostics diagnostics) {
    if (phnum == 0) {
      return List.of();
    }
    int standard = in.is64() ? ELF64_ENTRY : ELF32_ENTRY;
    long fieldOffset = in.is64() ? 0x36 : 0x2a;
    if (header.e_phentsize() < standard) {
      diagnostics.add(
          fieldOffset,
          "e_phentsize",
          "is "
              + header.e_phentsize()
              + ", smaller than a program header ("
              + standard
              + "); the table is not read");
      return List.of();
    }
    if (header.e_phentsize() != standard) {
      diagnostics.add(
          fieldOffset, "e_phentsize", "is " + header.e_phentsize() + ", expected " + standard);
    }
    int entry = header.e_phentsize();
    int count =
        Tables.readableCount(
            in, diagnostics, "e_phoff", header.e_phoff(), entry, phnum, limits.maxProgramHeaders());
    List<ProgramHeader> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long at = header.e_phoff() + (long) i * entry;
      out.add(in.is64() ? decode64(in, i, at, entry) : decode32(in, i, at, entry));
    }
    return List.copyOf(out);
  }

  private static ProgramHeader decode64(ElfInput in, int index, long at, int entry) {
    return new ProgramHeader(
        index,
        in.u32(at),
        in.u32(at + 4),
        in.u64(at + 8),
        in.u64(at + 16),
        in.u64(at + 24),
        in.u64(at + 32),
        in.u64(at + 40),
        in.u64(at + 48),
        at,
        entry);
  }

  private static ProgramHeader decode32(ElfInput in, int index, long at, int entry) {
    return new ProgramHeader(
        index,
        in.u32(at),
        in.u32(at + 24),
        in.u32(at + 4),
        in.u32(at + 8),
        in.u32(at + 12),
        in.u32(at + 16),
        in.u32(at + 20),
        in.u32(at + 28),
        at,
        entry);
  }
}
