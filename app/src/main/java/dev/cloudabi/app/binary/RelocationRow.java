package dev.cloudabi.app.binary;

import dev.cloudabi.elf.Relocation;
import dev.cloudabi.elf.RelocationSection;

/** One relocation as the relocations table shows it, with the bytes of its entry. */
public record RelocationRow(
    String section, Relocation relocation, String typeName, ByteRange entry) {

  public static RelocationRow of(RelocationSection section, Relocation r, boolean is64) {
    String name = section.section().name();
    return new RelocationRow(
        name,
        r,
        section.typeName(r.type()),
        new ByteRange(
            r.fileOffset(), entrySize(section, is64), name + " " + section.typeName(r.type())));
  }

  /** Bytes of one entry of {@code section}'s encoding. */
  public static int entrySize(RelocationSection section, boolean is64) {
    return switch (section.kind()) {
      case REL -> is64 ? 16 : 8;
      case RELA -> is64 ? 24 : 12;
      case RELR -> is64 ? 8 : 4;
    };
  }
}
