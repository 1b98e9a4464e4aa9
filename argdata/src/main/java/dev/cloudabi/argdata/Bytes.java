package dev.cloudabi.argdata;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes a reader works on, in place. A segment over a Java {@code byte[]} (an array, a heap
 * {@code ByteBuffer}) is read through the array itself: segment accessors carry per-access checks
 * that cost several times an array load in the scanning loops. Other segments (native or guest
 * memory) are read through the segment. Offsets are always relative to the segment's start.
 */
final class Bytes {
  private static final ValueLayout.OfInt INT_BE =
      ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);
  private static final ValueLayout.OfLong LONG_BE =
      ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);

  private static final VarHandle LONG_BE_ARRAY =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  final MemorySegment segment;
  private final byte[] array; // null unless the segment is a byte[] on the heap
  private final int base; // index in array of the segment's offset 0

  private Bytes(MemorySegment segment, byte[] array, int base) {
    this.segment = segment;
    this.array = array;
    this.base = base;
  }

  static Bytes of(MemorySegment segment) {
    if (segment.heapBase().orElse(null) instanceof byte[] array) {
      return new Bytes(segment, array, (int) segment.address());
    }
    return new Bytes(segment, null, 0);
  }

  /**
   * Offset of the value subfield that follows {@code key} in the map pairs at {@code [from, to)},
   * {@link KeyScan#NOT_FOUND}, or {@link KeyScan#CHECK} when only the checked path can tell.
   */
  long findKey(long from, long to, byte[] key) {
    if (array == null) {
      return KeyScan.CHECK;
    }
    long found = KeyScan.find(array, base + (int) from, base + (int) to, key);
    return found >= 0 ? found - base : found;
  }

  int u8(long offset) {
    return array != null
        ? array[base + (int) offset] & 0xFF
        : segment.get(ValueLayout.JAVA_BYTE, offset) & 0xFF;
  }

  /** Sign-extended byte. */
  byte s8(long offset) {
    return array != null ? array[base + (int) offset] : segment.get(ValueLayout.JAVA_BYTE, offset);
  }

  /**
   * The {@code count} (1..8) bytes at {@code offset} as a sign-extended big-endian integer. From an
   * array with 8 bytes available before the end, one load and a shift.
   */
  long signedBigEndian(long offset, int count) {
    if (array != null && offset + count >= Long.BYTES) {
      long v = (long) LONG_BE_ARRAY.get(array, base + (int) (offset + count - Long.BYTES));
      return (v << (Long.SIZE - 8 * count)) >> (Long.SIZE - 8 * count);
    }
    long v = s8(offset);
    for (long p = offset + 1; p < offset + count; p++) {
      v = (v << 8) | u8(p);
    }
    return v;
  }

  int intBigEndian(long offset) {
    return segment.get(INT_BE, offset);
  }

  long longBigEndian(long offset) {
    return segment.get(LONG_BE, offset);
  }

  byte[] copy(long offset, long length) {
    return segment.asSlice(offset, length).toArray(ValueLayout.JAVA_BYTE);
  }

  MemorySegment slice(long offset, long length) {
    return segment.asSlice(offset, length);
  }

  /** True when {@code [offset, offset + expected.length)} holds exactly {@code expected}. */
  boolean matches(long offset, byte[] expected) {
    if (array != null) {
      int from = base + (int) offset;
      return Arrays.equals(array, from, from + expected.length, expected, 0, expected.length);
    }
    for (int i = 0; i < expected.length; i++) {
      if (segment.get(ValueLayout.JAVA_BYTE, offset + i) != expected[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Decodes {@code [offset, offset + length)} as a str's text (the terminator excluded). Returns
   * null when it is not valid NUL-free UTF-8; {@link #firstInvalidUtf8} then says where.
   */
  String utf8(long offset, int length) {
    byte[] b;
    int from;
    if (array != null) {
      b = array;
      from = base + (int) offset;
    } else {
      b = copy(offset, length);
      from = 0;
    }
    int to = from + length;
    if (Utf8.isAsciiWithoutNul(b, from, to)) {
      return new String(b, from, length, StandardCharsets.ISO_8859_1);
    }
    return Utf8.firstInvalid(b, from, to) < 0
        ? new String(b, from, length, StandardCharsets.UTF_8)
        : null;
  }

  /** Offset of the first byte of a NUL or invalid UTF-8 sequence in the range, or -1. */
  long firstInvalidUtf8(long offset, int length) {
    byte[] b = copy(offset, length);
    int bad = Utf8.firstInvalid(b, 0, length);
    return bad < 0 ? -1 : offset + bad;
  }
}
