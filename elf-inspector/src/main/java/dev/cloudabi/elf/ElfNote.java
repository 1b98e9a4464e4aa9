package dev.cloudabi.elf;

import dev.cloudabi.elf.constants.NoteTypes;
import java.util.HexFormat;

/**
 * One note ({@code Elf_Nhdr} + name + descriptor) from a {@code SHT_NOTE} section or a {@code
 * PT_NOTE} segment.
 *
 * @param container the section name, or {@code PT_NOTE[i]} when read from a segment
 * @param name the owner ({@code "GNU"}) without its NUL
 * @param fileOffset where the note header starts
 * @param size bytes of the note including padding
 */
public record ElfNote(
    String container,
    long n_namesz,
    long n_descsz,
    long n_type,
    String name,
    byte[] desc,
    NoteContent content,
    long fileOffset,
    long size) {

  public String typeName() {
    return NoteTypes.forOwner(name).name(n_type);
  }

  public String descHex() {
    return HexFormat.of().formatHex(desc);
  }

  /** The descriptor in hex, cut to 32 bytes for one-line display. */
  public String descHexShort() {
    return desc.length <= 32
        ? descHex()
        : HexFormat.of().formatHex(desc, 0, 32) + "… (" + desc.length + " bytes)";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ElfNote n
        && n.fileOffset == fileOffset
        && n.n_type == n_type
        && n.name.equals(name)
        && java.util.Arrays.equals(n.desc, desc);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(fileOffset) * 31 + java.util.Arrays.hashCode(desc);
  }

  @Override
  public String toString() {
    return "ElfNote[" + container + " " + name + " " + typeName() + " " + descHex() + "]";
  }
}
