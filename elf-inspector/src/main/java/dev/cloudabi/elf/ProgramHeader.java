package dev.cloudabi.elf;

/**
 * One program header ({@code Elf32_Phdr} / {@code Elf64_Phdr}).
 *
 * @param index position in the table
 * @param fileOffset where this header sits in the file
 * @param size bytes of this header in the file ({@code e_phentsize})
 */
public record ProgramHeader(
    int index,
    long p_type,
    long p_flags,
    long p_offset,
    long p_vaddr,
    long p_paddr,
    long p_filesz,
    long p_memsz,
    long p_align,
    long fileOffset,
    int size) {

  public static final int PF_X = 1;
  public static final int PF_W = 2;
  public static final int PF_R = 4;

  public boolean isExecutable() {
    return (p_flags & PF_X) != 0;
  }

  public boolean isWritable() {
    return (p_flags & PF_W) != 0;
  }

  public boolean isReadable() {
    return (p_flags & PF_R) != 0;
  }

  /** Whether {@code address} falls in {@code [p_vaddr, p_vaddr + p_memsz)} (unsigned). */
  public boolean containsAddress(long address) {
    return Long.compareUnsigned(address, p_vaddr) >= 0
        && Long.compareUnsigned(address - p_vaddr, p_memsz) < 0;
  }
}
