package dev.cloudabi.argdata;

import java.util.Arrays;

/**
 * A byte buffer filled from the end towards the front. Writing a tree back to front means a
 * subfield's length is known when its length prefix is written, so encoding is one pass with no
 * size precomputation.
 */
final class BackwardBuffer {
  private byte[] buf;
  private int pos;

  BackwardBuffer(int initialCapacity) {
    buf = new byte[Math.max(16, initialCapacity)];
    pos = buf.length;
  }

  /** Bytes written so far. */
  int size() {
    return buf.length - pos;
  }

  void ensure(int n) {
    if (pos < n) {
      int used = size();
      long wanted = Math.max((long) buf.length * 2, (long) used + n);
      if (wanted > Integer.MAX_VALUE - 16) {
        if ((long) used + n > Integer.MAX_VALUE - 16) {
          throw new IllegalArgumentException("encoded Argdata would exceed 2 GiB");
        }
        wanted = Integer.MAX_VALUE - 16;
      }
      byte[] bigger = new byte[(int) wanted];
      System.arraycopy(buf, pos, bigger, bigger.length - used, used);
      pos = bigger.length - used;
      buf = bigger;
    }
  }

  void put(int b) {
    ensure(1);
    buf[--pos] = (byte) b;
  }

  void put(byte[] bytes) {
    ensure(bytes.length);
    pos -= bytes.length;
    System.arraycopy(bytes, 0, buf, pos, bytes.length);
  }

  /** Writes {@code v} as {@code count} big-endian bytes. */
  void putBigEndian(long v, int count) {
    ensure(count);
    for (int i = 0; i < count; i++) {
      buf[--pos] = (byte) v;
      v >>>= 8;
    }
  }

  /** Writes a subfield length (§3): last group flagged, written first since we go backwards. */
  void putSubfieldLength(long length) {
    ensure(10);
    buf[--pos] = (byte) (0x80 | (length & 0x7F));
    for (long rest = length >>> 7; rest != 0; rest >>>= 7) {
      buf[--pos] = (byte) (rest & 0x7F);
    }
  }

  /** Writes {@code s} as UTF-8 without a terminator; ASCII is copied char by char. */
  void putUtf8(String s) {
    int n = s.length();
    ensure(n);
    int p = pos;
    for (int i = n - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        put(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return;
      }
      buf[--p] = (byte) c;
    }
    pos = p;
  }

  byte[] toByteArray() {
    return Arrays.copyOfRange(buf, pos, buf.length);
  }
}
