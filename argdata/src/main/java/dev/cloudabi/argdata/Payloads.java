package dev.cloudabi.argdata;

import java.math.BigInteger;

/**
 * Strict decoding of scalar payloads. Each method takes the offset of the tag byte and the total
 * length of the encoded value (tag included, so at least 1); the tag itself was checked by the
 * caller.
 */
final class Payloads {
  private Payloads() {}

  static boolean bool(Bytes s, long off, long len) throws ArgdataFormatException {
    if (len == 1) {
      return false;
    }
    if (len == 2 && s.u8(off + 1) == 0x01) {
      return true;
    }
    throw new ArgdataFormatException(
        Violation.BAD_BOOL, off, "bool payload must be empty or the byte 0x01");
  }

  static int fd(Bytes s, long off, long len, int maxFd) throws ArgdataFormatException {
    if (len != 5) {
      throw new ArgdataFormatException(
          Violation.BAD_FD_LENGTH, off, "fd payload is " + (len - 1) + " bytes, must be 4");
    }
    long number = Integer.toUnsignedLong(s.intBigEndian(off + 1));
    if (number > maxFd) {
      throw new ArgdataFormatException(
          Violation.FD_OUT_OF_RANGE, off, "fd " + number + " is above the limit " + maxFd);
    }
    return (int) number;
  }

  static long floatBits(Bytes s, long off, long len) throws ArgdataFormatException {
    if (len != 9) {
      throw new ArgdataFormatException(
          Violation.BAD_FLOAT_LENGTH, off, "float payload is " + (len - 1) + " bytes, must be 8");
    }
    return s.longBigEndian(off + 1);
  }

  /** Checks the minimal two's-complement form shared by int and timestamp (§2). */
  static void checkMinimal(Bytes s, long off, long len, ArgdataType type)
      throws ArgdataFormatException {
    if (len < 2) {
      return;
    }
    int b0 = s.u8(off + 1);
    boolean redundant;
    if (len == 2) {
      redundant = b0 == 0x00; // zero is the empty payload
    } else {
      int b1 = s.u8(off + 2);
      redundant = (b0 == 0x00 && b1 < 0x80) || (b0 == 0xFF && b1 >= 0x80);
    }
    if (redundant) {
      throw nonMinimal(off, type);
    }
  }

  private static ArgdataFormatException nonMinimal(long off, ArgdataType type) {
    return new ArgdataFormatException(
        type == ArgdataType.INT ? Violation.NON_MINIMAL_INT : Violation.NON_MINIMAL_TIMESTAMP,
        off + 1,
        type.specName() + " has a redundant leading byte (encodings must be minimal)");
  }

  /**
   * The integer payload as a long; the caller checked minimality and that it is at most 8 bytes.
   */
  static long smallInteger(Bytes s, long off, long len) {
    return len == 1 ? 0 : s.signedBigEndian(off + 1, (int) (len - 1));
  }

  static BigInteger bigInteger(Bytes s, long off, long len) {
    if (len <= 9) {
      return BigInteger.valueOf(smallInteger(s, off, len));
    }
    return new BigInteger(s.copy(off + 1, len - 1));
  }

  static String str(Bytes s, long off, long len) throws ArgdataFormatException {
    if (len < 2 || s.u8(off + len - 1) != 0) {
      throw new ArgdataFormatException(
          Violation.MISSING_NUL, off, "str payload must end in a 0x00 terminator");
    }
    String text = s.utf8(off + 1, (int) (len - 2));
    if (text != null) {
      return text;
    }
    throw badText(s, off + 1, (int) (len - 2));
  }

  private static ArgdataFormatException badText(Bytes s, long from, int n) {
    long bad = s.firstInvalidUtf8(from, n);
    if (s.u8(bad) == 0) {
      return new ArgdataFormatException(
          Violation.NUL_IN_STRING, bad, "str contains 0x00 before its terminator");
    }
    return new ArgdataFormatException(Violation.INVALID_UTF8, bad, "str is not valid UTF-8");
  }
}
