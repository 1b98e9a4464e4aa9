package dev.cloudabi.elf;

/** Clamps a table (offset, entry size, count) to the file and to a limit, reporting each cut. */
final class Tables {
  private Tables() {}

  /**
   * How many entries of the table can be read. Reports a table that runs past the end of the file
   * or beyond {@code limit}.
   */
  static int readableCount(
      ElfInput in,
      Diagnostics diagnostics,
      String field,
      long offset,
      long entrySize,
      long count,
      int limit) {
    if (count <= 0 || entrySize <= 0) {
      return 0;
    }
    if (offset < 0 || offset >= in.size()) {
      diagnostics.add(
          offset,
          field,
          "table of "
              + count
              + " entries starts at 0x"
              + Long.toHexString(offset)
              + ", outside the file ("
              + in.size()
              + " bytes)");
      return 0;
    }
    long fits = (in.size() - offset) / entrySize;
    long readable = count;
    if (fits < readable) {
      diagnostics.add(
          offset,
          field,
          "table runs past the end of the file: " + fits + " of " + count + " entries readable");
      readable = fits;
    }
    if (readable > limit) {
      diagnostics.add(
          offset,
          field,
          "table has " + readable + " entries; only the first " + limit + " are read");
      readable = limit;
    }
    return (int) readable;
  }
}
