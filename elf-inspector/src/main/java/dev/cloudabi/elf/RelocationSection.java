package dev.cloudabi.elf;

import dev.cloudabi.elf.constants.RelocationTypes;
import java.util.List;

/**
 * A decoded {@code SHT_REL}, {@code SHT_RELA} or {@code SHT_RELR} section.
 *
 * @param entryCount entries in the section (RELR: encoded words, not decoded addresses)
 */
public record RelocationSection(
    SectionHeader section, Kind kind, int machine, long entryCount, List<Relocation> relocations) {

  /** The three encodings. */
  public enum Kind {
    REL,
    RELA,
    RELR
  }

  public RelocationSection {
    // Entries decoded on demand are immutable already; copying would decode them all.
    relocations = relocations instanceof RelocationEntries ? relocations : List.copyOf(relocations);
  }

  /**
   * The type of the relocation at {@code index}, without decoding the rest of it (checks that look
   * at every type of a big library's relocations).
   */
  public int type(int index) {
    return relocations instanceof RelocationEntries entries
        ? entries.type(index)
        : relocations.get(index).type();
  }

  /** The spec name of a relocation type on this file's machine. */
  public String typeName(int type) {
    return RelocationTypes.forMachine(machine).name(type);
  }
}
