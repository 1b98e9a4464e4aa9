package dev.cloudabi.elf;

/**
 * The input is not ELF at all: too short for an identification, wrong magic, or a class or data
 * encoding this parser cannot decode. This is the only exception {@link ElfFile#parse} throws for
 * bad bytes; every other kind of damage becomes an {@link ElfDiagnostic}.
 */
public final class ElfFormatException extends Exception {
  private final long offset;

  public ElfFormatException(long offset, String message) {
    super(message + " (at offset " + offset + ")");
    this.offset = offset;
  }

  /** File offset of the byte that made the input unreadable. */
  public long offset() {
    return offset;
  }
}
