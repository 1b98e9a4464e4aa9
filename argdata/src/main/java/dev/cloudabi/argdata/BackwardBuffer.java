package dev.cloudabi.argdata;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A byte buffer filled from the end towards the front. Writing a tree back to front means a
 * subfield's length is known when its length prefix is written, so encoding is one pass with no
 * size precomputation. Full chunks are kept, not copied, until {@link #toByteArray}.
 */
final class BackwardBuffer {
  /** Chunks stay well below G1's humongous-object size, so big encodings make no large garbage. */
  private static final int MAX_CHUNK = 128 << 10;

  private static final long MAX_SIZE = Integer.MAX_VALUE - 16;

  private static final VarHandle LONG_BE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private final List<byte[]> fullChunks = new ArrayList<>();
  private final List<Integer> fullStarts = new ArrayList<>();
  private long inFullChunks;
  private byte[] buf;
  private int pos;

  BackwardBuffer(int initialCapacity) {
    buf = new byte[Math.max(16, initialCapacity)];
    pos = buf.length;
  }

  /** Bytes written so far. */
  int size() {
    return (int) (inFullChunks + buf.length - pos);
  }

  /** Makes room for {@code n} contiguous bytes in front of what is written. */
  void ensure(int n) {
    if (pos < n) {
      newChunk(n);
    }
  }

  private void newChunk(int n) {
    int used = buf.length - pos;
    if (inFullChunks + used + n > MAX_SIZE) {
      throw new IllegalArgumentException("encoded Argdata would exceed 2 GiB");
    }
    fullChunks.add(buf);
    fullStarts.add(pos);
    inFullChunks += used;
    buf = new byte[Math.max(n, Math.min(MAX_CHUNK, buf.length * 2))];
    pos = buf.length;
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

  /**
   * Writes the low {@code count} (at most 8) bytes of {@code v}, big-endian. All 8 bytes are stored
   * in one go and the cursor moves by {@code count}: the extra bytes lie in free space in front, to
   * be overwritten. A loop over a data-dependent count mispredicts often on mixed int sizes.
   */
  void putBigEndian(long v, int count) {
    ensure(Long.BYTES);
    LONG_BE.set(buf, pos - Long.BYTES, v);
    pos -= count;
  }

  /** Writes a subfield length (§3): last group flagged, written first since we go backwards. */
  void putSubfieldLength(long length) {
    if (length < 0x80) {
      put(0x80 | (int) length);
      return;
    }
    ensure(10);
    buf[--pos] = (byte) (0x80 | (length & 0x7F));
    for (long rest = length >>> 7; rest != 0; rest >>>= 7) {
      buf[--pos] = (byte) (rest & 0x7F);
    }
  }

  /**
   * Writes a whole str value: tag, UTF-8 text, 0x00. {@code getBytes(UTF_8)} is an intrinsic array
   * copy for ASCII strings, several times faster than storing char by char.
   */
  int putStr(String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    ensure(utf8.length + 2);
    buf[--pos] = 0;
    pos -= utf8.length;
    System.arraycopy(utf8, 0, buf, pos, utf8.length);
    buf[--pos] = (byte) ArgdataType.STR.tag();
    return utf8.length + 2;
  }

  /**
   * A str as a map/seq element: {@link #putStr} plus its subfield length, with one bounds check.
   */
  void putStrSubfield(String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    int length = utf8.length + 2;
    ensure(length + 10);
    int p = pos - 1;
    buf[p] = 0;
    p -= utf8.length;
    System.arraycopy(utf8, 0, buf, p, utf8.length);
    buf[--p] = (byte) ArgdataType.STR.tag();
    pos = p;
    putSubfieldLength(length);
  }

  /**
   * An int that fits 64 bits as a map/seq element: minimal payload, tag, and its one-byte subfield
   * length, with one bounds check.
   */
  void putIntSubfield(long v, int payloadLength) {
    ensure(Long.BYTES + 2);
    LONG_BE.set(buf, pos - Long.BYTES, v);
    int p = pos - payloadLength;
    buf[--p] = (byte) ArgdataType.INT.tag();
    buf[--p] = (byte) (0x80 | (payloadLength + 1));
    pos = p;
  }

  /** The bytes in order: the newest chunk holds the front. */
  byte[] toByteArray() {
    byte[] result = new byte[size()];
    int at = buf.length - pos;
    System.arraycopy(buf, pos, result, 0, at);
    for (int i = fullChunks.size() - 1; i >= 0; i--) {
      byte[] chunk = fullChunks.get(i);
      int start = fullStarts.get(i);
      System.arraycopy(chunk, start, result, at, chunk.length - start);
      at += chunk.length - start;
    }
    return result;
  }
}
