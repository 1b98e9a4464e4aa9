package dev.cloudabi.elf;

import dev.cloudabi.elf.constants.DynamicTags;
import dev.cloudabi.elf.constants.ProgramTypes;
import dev.cloudabi.elf.constants.SectionTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Decodes the dynamic array and resolves its string-valued entries. */
final class DynamicDecoder {
  private DynamicDecoder() {}

  static Optional<DynamicSection> decode(
      ElfInput in,
      List<SectionHeader> sections,
      List<ProgramHeader> segments,
      ElfParseLimits limits,
      Diagnostics diagnostics) {
    long offset;
    long size;
    SectionHeader section = null;
    for (SectionHeader s : sections) {
      if (s.sh_type() == SectionTypes.SHT_DYNAMIC) {
        section = s;
        break;
      }
    }
    if (section != null) {
      offset = section.sh_offset();
      size = section.sh_size();
    } else {
      ProgramHeader segment =
          segments.stream()
              .filter(p -> p.p_type() == ProgramTypes.PT_DYNAMIC)
              .findFirst()
              .orElse(null);
      if (segment == null) {
        return Optional.empty();
      }
      offset = segment.p_offset();
      size = segment.p_filesz();
    }
    int entry = 2 * in.wordSize();
    int count =
        Tables.readableCount(
            in,
            diagnostics,
            "dynamic",
            offset,
            entry,
            Long.divideUnsigned(size, entry),
            limits.maxDynamicEntries());
    List<long[]> raw = new ArrayList<>();
    boolean terminated = false;
    for (int i = 0; i < count; i++) {
      long at = offset + (long) i * entry;
      long tag = in.sword(at);
      raw.add(new long[] {tag, in.word(at + in.wordSize()), at});
      if (tag == DynamicTags.DT_NULL) {
        terminated = true;
        break;
      }
    }
    if (!terminated && count > 0) {
      diagnostics.add(offset, "dynamic", "the dynamic array has no DT_NULL terminator");
    }
    StringTable strings = strings(in, section, sections, segments, raw, limits, diagnostics);
    List<DynamicEntry> entries = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      long[] r = raw.get(i);
      Optional<String> string =
          DynamicTags.hasStringValue(r[0])
              ? Optional.of(strings.at(r[1], r[2], DynamicTags.REGISTRY.name(r[0])))
              : Optional.empty();
      entries.add(new DynamicEntry(i, r[0], r[1], string, r[2], entry));
    }
    return Optional.of(new DynamicSection(offset, entries));
  }

  private static StringTable strings(
      ElfInput in,
      SectionHeader dynamic,
      List<SectionHeader> sections,
      List<ProgramHeader> segments,
      List<long[]> raw,
      ElfParseLimits limits,
      Diagnostics diagnostics) {
    if (dynamic != null && dynamic.sh_link() > 0 && dynamic.sh_link() < sections.size()) {
      return SectionHeaderDecoder.stringTable(
          in, sections.get((int) dynamic.sh_link()), limits, diagnostics);
    }
    OptionalLong address = value(raw, DynamicTags.DT_STRTAB);
    OptionalLong size = value(raw, DynamicTags.DT_STRSZ);
    if (address.isPresent()) {
      OptionalLong offset = new AddressMap(segments).toFileOffset(address.getAsLong());
      if (offset.isPresent()) {
        return new StringTable(
            in, offset.getAsLong(), size.orElse(in.size()), limits.maxStringLength(), diagnostics);
      }
      diagnostics.add(
          0,
          "DT_STRTAB",
          "address 0x" + Long.toHexString(address.getAsLong()) + " is not in any loadable segment");
    }
    return StringTable.empty(in, diagnostics);
  }

  private static OptionalLong value(List<long[]> raw, long tag) {
    for (long[] r : raw) {
      if (r[0] == tag) {
        return OptionalLong.of(r[1]);
      }
    }
    return OptionalLong.empty();
  }
}
