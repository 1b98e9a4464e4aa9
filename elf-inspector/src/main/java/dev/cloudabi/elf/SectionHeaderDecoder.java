package dev.cloudabi.elf;

import java.util.ArrayList;
import java.util.List;

/** Decodes the section header table and names its sections. */
final class SectionHeaderDecoder {
  static final int ELF32_ENTRY = 40;
  static final int ELF64_ENTRY = 64;
  private static final int SHN_XINDEX = 0xffff;

  private SectionHeaderDecoder() {}

  /** Raw section headers (unnamed) plus the resolved string-table index. */
  record Raw(List<SectionHeader> headers, int shstrndx) {}

  static Raw decodeRaw(ElfInput in, ElfHeader header, ElfParseLimits limits, Diagnostics diag) {
    long shoff = header.e_shoff();
    if (shoff == 0) {
      if (header.e_shnum() != 0) {
        diag.add(shoffField(in), "e_shoff", "is 0 but e_shnum is " + header.e_shnum());
      }
      return new Raw(List.of(), 0);
    }
    int standard = in.is64() ? ELF64_ENTRY : ELF32_ENTRY;
    long entsizeField = in.is64() ? 0x3a : 0x2e;
    if (header.e_shentsize() < standard) {
      diag.add(
          entsizeField,
          "e_shentsize",
          "is "
              + header.e_shentsize()
              + ", smaller than a section header ("
              + standard
              + "); the table is not read");
      return new Raw(List.of(), 0);
    }
    if (header.e_shentsize() != standard) {
      diag.add(
          entsizeField, "e_shentsize", "is " + header.e_shentsize() + ", expected " + standard);
    }
    int entry = header.e_shentsize();
    if (!in.contains(shoff, entry)) {
      diag.add(
          shoffField(in),
          "e_shoff",
          "0x" + Long.toHexString(shoff) + " is outside the file (" + in.size() + " bytes)");
      return new Raw(List.of(), 0);
    }
    SectionHeader first = decodeOne(in, 0, shoff, entry);
    // Extended numbering: the real counts live in section 0 when the header fields overflow.
    long count = header.e_shnum() == 0 ? first.sh_size() : header.e_shnum();
    int shstrndx = header.e_shstrndx() == SHN_XINDEX ? (int) first.sh_link() : header.e_shstrndx();
    if (count < 0) {
      diag.add(shoff, "sh_size", "section count from section 0 is not a valid count");
      count = 1;
    }
    int readable =
        Tables.readableCount(in, diag, "e_shoff", shoff, entry, count, limits.maxSections());
    List<SectionHeader> out = new ArrayList<>(readable);
    for (int i = 0; i < readable; i++) {
      out.add(decodeOne(in, i, shoff + (long) i * entry, entry));
    }
    return new Raw(out, shstrndx);
  }

  /** Adds names from the section-header string table. */
  static List<SectionHeader> named(
      ElfInput in, Raw raw, ElfParseLimits limits, Diagnostics diagnostics) {
    List<SectionHeader> headers = raw.headers();
    if (headers.isEmpty()) {
      return List.of();
    }
    StringTable names;
    if (raw.shstrndx() == 0) {
      names = null;
    } else if (raw.shstrndx() < 0 || raw.shstrndx() >= headers.size()) {
      diagnostics.add(
          in.is64() ? 0x3e : 0x32,
          "e_shstrndx",
          "is " + raw.shstrndx() + ", but there are only " + headers.size() + " sections");
      names = null;
    } else {
      SectionHeader strings = headers.get(raw.shstrndx());
      names = stringTable(in, strings, limits, diagnostics);
    }
    List<SectionHeader> out = new ArrayList<>(headers.size());
    for (SectionHeader h : headers) {
      String name =
          names == null || (h.sh_name() == 0 && h.index() == 0)
              ? ""
              : names.at(h.sh_name(), h.fileOffset(), "section[" + h.index() + "] sh_name");
      out.add(
          new SectionHeader(
              h.index(),
              name,
              h.sh_name(),
              h.sh_type(),
              h.sh_flags(),
              h.sh_addr(),
              h.sh_offset(),
              h.sh_size(),
              h.sh_link(),
              h.sh_info(),
              h.sh_addralign(),
              h.sh_entsize(),
              h.fileOffset(),
              h.size()));
    }
    return List.copyOf(out);
  }

  /** A string table over a section's bytes, clamped to the file with a diagnostic. */
  static StringTable stringTable(
      ElfInput in, SectionHeader section, ElfParseLimits limits, Diagnostics diagnostics) {
    if (!section.hasFileData()) {
      diagnostics.add(
          section.fileOffset(),
          "section[" + section.index() + "] sh_type",
          "a string table must have file contents");
      return StringTable.empty(in, diagnostics);
    }
    if (!in.contains(section.sh_offset(), section.sh_size())) {
      diagnostics.add(
          section.fileOffset(),
          "section[" + section.index() + "] sh_offset",
          "string table [0x"
              + Long.toHexString(section.sh_offset())
              + ", +0x"
              + Long.toHexString(section.sh_size())
              + ") runs past the end of the file");
    }
    return new StringTable(
        in, section.sh_offset(), section.sh_size(), limits.maxStringLength(), diagnostics);
  }

  private static long shoffField(ElfInput in) {
    return in.is64() ? 0x28 : 0x20;
  }

  private static SectionHeader decodeOne(ElfInput in, int index, long at, int entry) {
    if (in.is64()) {
      return new SectionHeader(
          index,
          "",
          in.u32(at),
          in.u32(at + 4),
          in.u64(at + 8),
          in.u64(at + 16),
          in.u64(at + 24),
          in.u64(at + 32),
          in.u32(at + 40),
          in.u32(at + 44),
          in.u64(at + 48),
          in.u64(at + 56),
          at,
          entry);
    }
    return new SectionHeader(
        index,
        "",
        in.u32(at),
        in.u32(at + 4),
        in.u32(at + 8),
        in.u32(at + 12),
        in.u32(at + 16),
        in.u32(at + 20),
        in.u32(at + 24),
        in.u32(at + 28),
        in.u32(at + 32),
        in.u32(at + 36),
        at,
        entry);
  }
}
