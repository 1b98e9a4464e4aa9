package dev.cloudabi.argdata;

/**
 * Subfield lengths (ARGDATA-FORMAT.md §3): 7-bit groups, most significant first, the final group
 * flagged with the top bit. A parsed subfield is packed into one {@code long} (length in the high
 * bits, header size in the low 4) so that scanning a container allocates nothing.
 */
final class Wire {
  private Wire() {}

  private static final int HEADER_BITS = 4;

  /**
   * Parses the subfield starting at {@code pos} (which must be below {@code end}) and checks that
   * its value fits before {@code end}.
   */
  static long subfield(Bytes s, long pos, long end) throws ArgdataFormatException {
    int b = s.u8(pos);
    if (b >= 0x80 && (b & 0x7F) <= end - pos - 1) { // the common case, kept small to be inlined
      return ((long) (b & 0x7F) << HEADER_BITS) | 1;
    }
    return slowSubfield(s, pos, end);
  }

  private static long slowSubfield(Bytes s, long pos, long end) throws ArgdataFormatException {
    int b = s.u8(pos);
    if (b >= 0x80) {
      throw tooLong(pos, b & 0x7F, end - pos - 1);
    }
    if (b == 0) {
      throw new ArgdataFormatException(
          Violation.NON_CANONICAL_LENGTH, pos, "subfield length starts with a redundant 0x00 byte");
    }
    // Find the final byte first, so a length without one is always reported as such; the value
    // saturates instead of overflowing and is then compared against what the container holds.
    long remaining = end - pos;
    long length = b;
    long p = pos + 1;
    while (true) {
      if (p >= end) {
        throw new ArgdataFormatException(
            Violation.TRUNCATED_LENGTH, pos, "subfield length has no final byte (top bit set)");
      }
      b = s.u8(p++);
      length = length > remaining ? length : (length << 7) | (b & 0x7F);
      if (b >= 0x80) {
        if (length > end - p) {
          throw tooLong(pos, length, end - p);
        }
        return (length << HEADER_BITS) | (p - pos);
      }
    }
  }

  static long length(long subfield) {
    return subfield >>> HEADER_BITS;
  }

  static int headerSize(long subfield) {
    return (int) (subfield & ((1 << HEADER_BITS) - 1));
  }

  private static ArgdataFormatException tooLong(long pos, long length, long available) {
    return new ArgdataFormatException(
        Violation.TRUNCATED_SUBFIELD,
        pos,
        "subfield of "
            + length
            + "+ bytes but only "
            + available
            + " bytes remain in its container");
  }
}
