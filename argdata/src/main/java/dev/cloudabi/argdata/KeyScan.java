package dev.cloudabi.argdata;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The map lookup's inner loop over a Java array, where it is 3-5 times faster than through a
 * segment: per pair it reads two lengths and compares the key only when the lengths match (last
 * eight bytes first, in one load, as keys often share a prefix). It never throws: on anything
 * malformed it answers {@link #CHECK}, and the caller repeats the lookup on the checked path, which
 * reports the error.
 */
final class KeyScan {
  static final long NOT_FOUND = -1;
  static final long CHECK = -2;

  private KeyScan() {}

  /**
   * Scans the pairs in {@code a[from, to)} for {@code key} (its whole encoding); returns the array
   * index of the matching value's subfield, {@link #NOT_FOUND} or {@link #CHECK}.
   */
  static long find(byte[] a, int from, int to, byte[] key) {
    int keyLength = key.length;
    // The key's last 8 bytes (or fewer, zero-padded) are compared first in one load: keys often
    // share a prefix and differ at the end ("config.key.17" / "config.key.18").
    int tailFrom = Math.max(0, keyLength - Long.BYTES);
    long tail = tail(key, 0, keyLength);
    int p = from;
    while (p < to) {
      // The common case, both lengths one byte (values under 128 bytes), inline.
      int kb = a[p];
      if (kb < 0) {
        int keyStart = p + 1;
        int kl = kb & 0x7F;
        int valuePos = keyStart + kl;
        if (valuePos < to) {
          int vb = a[valuePos];
          int next = valuePos + 1 + (vb & 0x7F);
          if (vb < 0 && next <= to) {
            if (kl == keyLength
                && tail(a, keyStart, kl) == tail
                && Arrays.equals(a, keyStart, keyStart + tailFrom, key, 0, tailFrom)) {
              return valuePos;
            }
            p = next;
            continue;
          }
        }
      }
      long keyField = length(a, p, to);
      if (keyField < 0) {
        return CHECK;
      }
      int keyStart = p + header(keyField);
      int kl = (int) (keyField >>> 4);
      int valuePos = keyStart + kl;
      long valueField = valuePos < to ? length(a, valuePos, to) : -1;
      if (valueField < 0) {
        return CHECK;
      }
      if (kl == keyLength
          && tail(a, keyStart, kl) == tail
          && Arrays.equals(a, keyStart, keyStart + tailFrom, key, 0, tailFrom)) {
        return valuePos;
      }
      p = valuePos + header(valueField) + (int) (valueField >>> 4);
    }
    return NOT_FOUND;
  }

  private static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The last min(8, length) bytes of {@code b[from, from + length)} as a long. */
  private static long tail(byte[] b, int from, int length) {
    if (length >= Long.BYTES) {
      return (long) LONG.get(b, from + length - Long.BYTES);
    }
    long v = 0;
    for (int i = from; i < from + length; i++) {
      v = (v << 8) | (b[i] & 0xFF);
    }
    return v;
  }

  private static int header(long field) {
    return (int) (field & 0xF);
  }

  /** A subfield length at {@code p} packed as (length << 4 | header size), or -1 if malformed. */
  private static long length(byte[] a, int p, int to) {
    int b = a[p];
    if (b < 0) { // one byte: top bit set
      int length = b & 0x7F;
      return length <= to - p - 1 ? ((long) length << 4) | 1 : -1;
    }
    if (b == 0) {
      return -1;
    }
    long length = b;
    int q = p + 1;
    while (q < to && q - p < 6) { // 5 groups already exceed any array length
      b = a[q++];
      length = (length << 7) | (b & 0x7F);
      if (b < 0) {
        return length <= to - q ? (length << 4) | (q - p) : -1;
      }
    }
    return -1;
  }
}
