package dev.cloudabi.emulator.loader;

/** A {@code PT_LOAD} segment to map: link-time address, sizes, file offset and protection. */
public record Segment(long p_vaddr, long p_memsz, long p_offset, long p_filesz, int prot) {}
