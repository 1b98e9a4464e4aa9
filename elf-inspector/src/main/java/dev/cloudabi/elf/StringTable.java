package dev.cloudabi.elf;

/**
 * A string table section (or the {@code DT_STRTAB} range): NUL-terminated strings addressed by byte
 * index. Unreadable strings become {@code ""} plus a diagnostic naming the referring field.
 */
public final class StringTable {
  private final ElfInput in;
  private final long offset;
  private final long size;
  private final int maxLength;
  private final Diagnostics diagnostics;

  StringTable(ElfInput in, long offset, long size, int maxLength, Diagnostics diagnostics) {
    this.in = in;
    this.offset = offset;
    this.size = in.contains(offset, 0) ? Math.min(size, in.size() - offset) : 0;
    this.maxLength = maxLength;
    this.diagnostics = diagnostics;
  }

  /** A table with no strings: every lookup yields {@code ""} and a diagnostic. */
  static StringTable empty(ElfInput in, Diagnostics diagnostics) {
    return new StringTable(in, 0, 0, 1, diagnostics);
  }

  public long fileOffset() {
    return offset;
  }

  /** Readable bytes (clamped to the file). */
  public long size() {
    return size;
  }

  /**
   * The string at {@code index}.
   *
   * @param fieldOffset file offset of the referring field, for the diagnostic
   * @param field name of the referring field, for the diagnostic
   */
  public String at(long index, long fieldOffset, String field) {
    if (index == 0) {
      return ""; // index 0 names nothing, even in an empty or missing table
    }
    if (index < 0 || index >= size) {
      diagnostics.add(
          fieldOffset,
          field,
          "string index "
              + Long.toUnsignedString(index)
              + " is outside its string table ("
              + size
              + " bytes)");
      return "";
    }
    String s = in.cString(offset + index, offset + size, maxLength);
    if (s == null) {
      diagnostics.add(
          fieldOffset,
          field,
          "string at index "
              + index
              + " is not NUL-terminated within its table or "
              + maxLength
              + " bytes");
      return "";
    }
    return s;
  }

  /** The string at {@code index}, or {@code null} without a diagnostic when unreadable. */
  String peek(long index) {
    if (index < 0 || index >= size) {
      return null;
    }
    return in.cString(offset + index, offset + size, maxLength);
  }
}
