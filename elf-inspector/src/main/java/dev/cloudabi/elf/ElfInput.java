package dev.cloudabi.elf;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Bounds-aware reads of ELF scalars from a memory segment (a mapped file or a heap array) in the
 * file's byte order. Callers clamp every table to {@link #size()} first; the reads themselves
 * assume their range is inside the segment.
 */
final class ElfInput {
  private final MemorySegment bytes;
  private final boolean is64;
  private final ByteOrder order;
  private final ValueLayout.OfShort u16;
  private final ValueLayout.OfInt u32;
  private final ValueLayout.OfLong u64;

  ElfInput(MemorySegment bytes, ByteOrder order, boolean is64) {
    this.bytes = bytes;
    this.is64 = is64;
    this.order = order;
    this.u16 = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(order);
    this.u32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(order);
    this.u64 = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(order);
  }

  long size() {
    return bytes.byteSize();
  }

  ByteOrder order() {
    return order;
  }

  boolean is64() {
    return is64;
  }

  /** Whether {@code [offset, offset + length)} lies inside the input (overflow-safe). */
  boolean contains(long offset, long length) {
    return offset >= 0 && length >= 0 && offset <= size() && length <= size() - offset;
  }

  int u8(long offset) {
    return Byte.toUnsignedInt(bytes.get(ValueLayout.JAVA_BYTE, offset));
  }

  int u16(long offset) {
    return Short.toUnsignedInt(bytes.get(u16, offset));
  }

  long u32(long offset) {
    return Integer.toUnsignedLong(bytes.get(u32, offset));
  }

  int s32(long offset) {
    return bytes.get(u32, offset);
  }

  long u64(long offset) {
    return bytes.get(u64, offset);
  }

  /** An address- or offset-sized field: 8 bytes in ELF64, 4 in ELF32. */
  long word(long offset) {
    return is64 ? u64(offset) : u32(offset);
  }

  /** A signed word (addends, {@code d_tag}): sign-extended in ELF32. */
  long sword(long offset) {
    return is64 ? u64(offset) : s32(offset);
  }

  int wordSize() {
    return is64 ? 8 : 4;
  }

  byte[] copy(long offset, int length) {
    byte[] out = new byte[length];
    MemorySegment.copy(bytes, ValueLayout.JAVA_BYTE, offset, out, 0, length);
    return out;
  }

  MemorySegment slice(long offset, long length) {
    return bytes.asSlice(offset, length);
  }

  /**
   * The NUL-terminated string at {@code offset}, scanning at most up to {@code end} and {@code
   * maxLength} bytes; returns {@code null} when no NUL was found in that range.
   */
  String cString(long offset, long end, int maxLength) {
    long limit = Math.min(Math.min(end, size()), offset + maxLength);
    for (long p = offset; p < limit; p++) {
      if (bytes.get(ValueLayout.JAVA_BYTE, p) == 0) {
        int length = (int) (p - offset);
        return length == 0 ? "" : new String(copy(offset, length), StandardCharsets.UTF_8);
      }
    }
    return null;
  }
}
