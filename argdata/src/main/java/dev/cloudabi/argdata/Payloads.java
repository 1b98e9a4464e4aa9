package dev.cloudabi.argdata;

import static dev.cloudabi.argdata.Wire.u8;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Strict decoding of scalar payloads. Each method takes the offset of the tag byte and the total
 * length of the encoded value (tag included, so at least 1); the tag itself was checked by the
 * caller.
 */
final class Payloads {
  private Payloads() {}

  private static final ValueLayout.OfInt INT_BE =
      ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);
  private static final ValueLayout.OfLong LONG_BE =
      ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);

  static boolean bool(MemorySegment s, long off, long len) throws ArgdataFormatException {
    if (len == 1) {
      return false;
    }
    if (len == 2 && u8(s, off + 1) == 0x01) {
      return true;
    }
    throw new ArgdataFormatException(
        Violation.BAD_BOOL, off, "bool payload must be empty or the byte 0x01");
  }

  static int fd(MemorySegment s, long off, long len, int maxFd) throws ArgdataFormatException {
    if (len != 5) {
      throw new ArgdataFormatException(
          Violation.BAD_FD_LENGTH, off, "fd payload is " + (len - 1) + " bytes, must be 4");
    }
    long number = Integer.toUnsignedLong(s.get(INT_BE, off + 1));
    if (number > maxFd) {
      throw new ArgdataFormatException(
          Violation.FD_OUT_OF_RANGE, off, "fd " + number + " is above the limit " + maxFd);
    }
    return (int) number;
  }

  static long floatBits(MemorySegment s, long off, long len) throws ArgdataFormatException {
    if (len != 9) {
      throw new ArgdataFormatException(
          Violation.BAD_FLOAT_LENGTH, off, "float payload is " + (len - 1) + " bytes, must be 8");
    }
    return s.get(LONG_BE, off + 1);
  }

  /** Checks the minimal two's-complement form shared by int and timestamp (§2). */
  static void checkMinimal(MemorySegment s, long off, long len, ArgdataType type)
      throws ArgdataFormatException {
    if (len < 2) {
      return;
    }
    int b0 = u8(s, off + 1);
    boolean redundant;
    if (len == 2) {
      redundant = b0 == 0x00; // zero is the empty payload
    } else {
      int b1 = u8(s, off + 2);
      redundant = (b0 == 0x00 && b1 < 0x80) || (b0 == 0xFF && b1 >= 0x80);
    }
    if (redundant) {
      throw new ArgdataFormatException(
          type == ArgdataType.INT ? Violation.NON_MINIMAL_INT : Violation.NON_MINIMAL_TIMESTAMP,
          off + 1,
          type.specName() + " has a redundant leading byte (encodings must be minimal)");
    }
  }

  /**
   * The integer payload as a long; the caller checked minimality and that it is at most 8 bytes.
   */
  static long smallInteger(MemorySegment s, long off, long len) {
    if (len == 1) {
      return 0;
    }
    long v = s.get(ValueLayout.JAVA_BYTE, off + 1); // sign-extends the first byte
    for (long p = off + 2; p < off + len; p++) {
      v = (v << 8) | u8(s, p);
    }
    return v;
  }

  static BigInteger bigInteger(MemorySegment s, long off, long len) {
    if (len <= 9) {
      return BigInteger.valueOf(smallInteger(s, off, len));
    }
    return new BigInteger(s.asSlice(off + 1, len - 1).toArray(ValueLayout.JAVA_BYTE));
  }

  static String str(MemorySegment s, long off, long len) throws ArgdataFormatException {
    if (len < 2 || u8(s, off + len - 1) != 0) {
      throw new ArgdataFormatException(
          Violation.MISSING_NUL, off, "str payload must end in a 0x00 terminator");
    }
    int n = (int) (len - 2);
    byte[] b = new byte[n];
    MemorySegment.copy(s, ValueLayout.JAVA_BYTE, off + 1, b, 0, n);
    if (Utf8.isAscii(b, 0, n)) {
      int nul = indexOfNul(b);
      if (nul < 0) {
        return new String(b, StandardCharsets.ISO_8859_1);
      }
      throw nulInString(off + 1 + nul);
    }
    int bad = Utf8.firstInvalid(b, 0, n);
    if (bad >= 0) {
      if (b[bad] == 0) {
        throw nulInString(off + 1 + bad);
      }
      throw new ArgdataFormatException(
          Violation.INVALID_UTF8, off + 1 + bad, "str is not valid UTF-8");
    }
    return new String(b, StandardCharsets.UTF_8);
  }

  private static int indexOfNul(byte[] b) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private static ArgdataFormatException nulInString(long offset) {
    return new ArgdataFormatException(
        Violation.NUL_IN_STRING, offset, "str contains 0x00 before its terminator");
  }
}
