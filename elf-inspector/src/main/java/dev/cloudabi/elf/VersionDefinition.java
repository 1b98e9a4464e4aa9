package dev.cloudabi.elf;

import java.util.List;

/**
 * One {@code Elf_Verdef} entry of {@code .gnu.version_d} with its names ({@code Elf_Verdaux}).
 *
 * @param name the version this entry defines (first aux name)
 * @param parents the names of the versions it inherits from (further aux names)
 */
public record VersionDefinition(
    long fileOffset,
    int vd_version,
    int vd_flags,
    int vd_ndx,
    int vd_cnt,
    long vd_hash,
    String name,
    List<String> parents) {

  /** Bytes of the {@code Elf_Verdef} entry; its {@code Elf_Verdaux} entries follow at vd_aux. */
  public int size() {
    return 20;
  }

  /** {@code VER_FLG_BASE}: the entry names the file itself, not a version. */
  public boolean isBase() {
    return (vd_flags & 0x1) != 0;
  }
}
