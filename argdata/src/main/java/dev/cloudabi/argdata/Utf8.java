package dev.cloudabi.argdata;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Strict UTF-8 checks (ARGDATA-FORMAT.md §5) and the rules a Java string must meet to be a str. */
final class Utf8 {
  private Utf8() {}

  /**
   * Index of the first byte in {@code b[from, to)} that starts a NUL or an invalid UTF-8 sequence,
   * or -1 when the range is valid NUL-free UTF-8.
   */
  static int firstInvalid(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      int c = b[i];
      if (c > 0) {
        i++;
        continue;
      }
      c &= 0xFF;
      if (c < 0xC2) {
        return i; // NUL, a stray continuation byte, or an overlong two-byte lead (C0, C1)
      }
      if (c < 0xE0) {
        if (i + 1 >= to || !isContinuation(b[i + 1])) {
          return i;
        }
        i += 2;
      } else if (c < 0xF0) {
        if (i + 2 >= to || !isContinuation(b[i + 1]) || !isContinuation(b[i + 2])) {
          return i;
        }
        int c1 = b[i + 1] & 0xFF;
        if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0)) {
          return i; // overlong three-byte form, or a surrogate U+D800..U+DFFF
        }
        i += 3;
      } else if (c < 0xF5) {
        if (i + 3 >= to
            || !isContinuation(b[i + 1])
            || !isContinuation(b[i + 2])
            || !isContinuation(b[i + 3])) {
          return i;
        }
        int c1 = b[i + 1] & 0xFF;
        if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90)) {
          return i; // overlong four-byte form, or above U+10FFFF
        }
        i += 4;
      } else {
        return i; // F5..FF: above U+10FFFF or a five/six-byte form
      }
    }
    return -1;
  }

  private static boolean isContinuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  /** Index of the first U+0000 or unpaired surrogate in {@code s}, or -1 when it has none. */
  static int firstInvalidChar(String s) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == 0) {
        return i;
      }
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x0101010101010101L;

  /** True when every byte in {@code b[from, to)} is ASCII other than NUL. */
  static boolean isAsciiWithoutNul(byte[] b, int from, int to) {
    int i = from;
    // Eight bytes per step: no byte has its top bit set, and none is zero (the classic
    // "has a zero byte" test, exact once top bits are known clear).
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long v = (long) LONG.get(b, i);
      if (((v | ((v - LOW_BITS) & ~v)) & HIGH_BITS) != 0) {
        return false;
      }
    }
    for (; i < to; i++) {
      if (b[i] <= 0) {
        return false;
      }
    }
    return true;
  }
}
