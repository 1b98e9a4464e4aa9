package dev.cloudabi.elf;

import java.nio.charset.StandardCharsets;

/**
 * A string table section (or the {@code DT_STRTAB} range): NUL-terminated strings addressed by byte
 * index. Unreadable strings become {@code ""} plus a diagnostic naming the referring field.
 *
 * <p>Decoding is budgeted: a hostile table can make many symbols point into one long string, so the
 * bytes scanned per table are capped at 16 times its size plus 1 MiB (real files use about once its
 * size). Past the budget, names are {@code ""} and one diagnostic says so.
 */
public final class StringTable {
  private static final long BUDGET_FACTOR = 16;
  private static final long BUDGET_EXTRA = 1 << 20;

  private final ElfInput in;
  private final long offset;
  private final long size;
  private final int maxLength;
  private final Diagnostics diagnostics;
  private long budget;
  private long lastNul = -2;
  private byte[] copy; // the table's bytes, made on first use (tables under 1 GiB)

  private static final long MAX_COPY = 1 << 30;

  StringTable(ElfInput in, long offset, long size, int maxLength, Diagnostics diagnostics) {
    this.in = in;
    this.offset = offset;
    this.size = in.contains(offset, 0) ? clamp(size, in.size() - offset) : 0;
    this.maxLength = maxLength;
    this.diagnostics = diagnostics;
    this.budget = this.size * BUDGET_FACTOR + BUDGET_EXTRA;
  }

  private static long clamp(long size, long available) {
    return size < 0 || size > available ? available : size;
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
  public synchronized String at(long index, long fieldOffset, String field) {
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
    if (index > lastNul()) {
      diagnostics.add(fieldOffset, field, "string at index " + index + " is not NUL-terminated");
      return "";
    }
    if (budget <= 0) {
      if (budget == 0) {
        diagnostics.add(
            offset, "string table", "decoding budget exhausted; further names are left empty");
        budget = -1;
      }
      return "";
    }
    String s =
        size <= MAX_COPY
            ? fromCopy((int) index)
            : in.cString(offset + index, offset + size, maxLength);
    budget = Math.max(0, budget - (s == null ? maxLength : s.length() + 1L));
    if (s == null) {
      diagnostics.add(
          fieldOffset,
          field,
          "string at index " + index + " is longer than " + maxLength + " bytes (maxStringLength)");
      return "";
    }
    return s;
  }

  /**
   * The string at {@code index} read from a heap copy of the table: thousands of names are looked
   * up per table, and a plain array scan and one {@code new String} beat a segment read per byte.
   */
  private String fromCopy(int index) {
    if (copy == null) {
      copy = in.copy(offset, (int) size);
    }
    int limit = (int) Math.min(size, (long) index + maxLength);
    for (int p = index; p < limit; p++) {
      if (copy[p] == 0) {
        return p == index ? "" : new String(copy, index, p - index, StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /** Index of the table's last NUL (-1 if none): strings after it can never end. */
  private long lastNul() {
    if (lastNul == -2) {
      lastNul = -1;
      for (long p = size - 1; p >= 0; p--) {
        if (in.u8(offset + p) == 0) {
          lastNul = p;
          break;
        }
      }
    }
    return lastNul;
  }
}
