package dev.cloudabi.elf;

import dev.cloudabi.elf.constants.DynamicTags;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The dynamic array up to and including {@code DT_NULL}, read from {@code SHT_DYNAMIC} or else from
 * {@code PT_DYNAMIC}.
 */
public record DynamicSection(long fileOffset, List<DynamicEntry> entries) {
  public DynamicSection {
    entries = List.copyOf(entries);
  }

  /** Bytes of the decoded entries, {@code DT_NULL} included. */
  public long size() {
    return entries.stream().mapToLong(DynamicEntry::size).sum();
  }

  /** The first value of {@code tag}. */
  public OptionalLong value(long tag) {
    for (DynamicEntry e : entries) {
      if (e.d_tag() == tag) {
        return OptionalLong.of(e.d_val());
      }
    }
    return OptionalLong.empty();
  }

  /** The names of the {@code DT_NEEDED} libraries, in order. */
  public List<String> needed() {
    return entries.stream()
        .filter(e -> e.d_tag() == DynamicTags.DT_NEEDED)
        .map(e -> e.string().orElse(""))
        .toList();
  }

  public Optional<String> soname() {
    return entries.stream()
        .filter(e -> e.d_tag() == DynamicTags.DT_SONAME)
        .findFirst()
        .flatMap(DynamicEntry::string);
  }
}
