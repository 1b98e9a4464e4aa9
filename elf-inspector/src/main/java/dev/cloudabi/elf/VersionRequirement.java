package dev.cloudabi.elf;

/**
 * One version needed from another object: an {@code Elf_Vernaux} entry of {@code .gnu.version_r}
 * with the file name of its {@code Elf_Verneed}.
 *
 * @param file the object that must provide the version ({@code vn_file})
 * @param vna_other the {@code .gnu.version} index symbols use to refer to it
 */
public record VersionRequirement(
    long fileOffset, String file, long vna_hash, int vna_flags, int vna_other, String name) {

  /** Bytes of the {@code Elf_Vernaux} entry. */
  public int size() {
    return 16;
  }
}
