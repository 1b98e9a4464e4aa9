package dev.cloudabi.argdata;

import java.lang.foreign.MemorySegment;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;

/**
 * One encoded value, read in place from a {@link MemorySegment} (a {@code ByteBuffer} or array is
 * wrapped, not copied). Navigation and getters check exactly the bytes they touch, strictly, so a
 * reader is safe on unvalidated input; {@link #decode()} checks the whole subtree.
 *
 * <p>Map lookups compare the key's encoding against the buffer and jump over values by their
 * length, so nothing else is decoded. On a map with duplicate keys (which {@link #decode()}
 * rejects) a lookup finds the first. Offsets in exceptions count from the start of the segment
 * given to {@code of}. When the segment is memory another thread may write (guest memory), each
 * read sees the bytes of that moment: reads stay within bounds, but copy the bytes first if you
 * need a consistent view.
 */
public final class ArgdataReader {
  private final Bytes bytes;
  private final long offset;
  private final long length;
  private final ArgdataLimits limits;

  ArgdataReader(Bytes bytes, long offset, long length, ArgdataLimits limits) {
    this.bytes = bytes;
    this.offset = offset;
    this.length = length;
    this.limits = limits;
  }

  /** A reader over the whole segment, whose length must be within {@code limits.maxLength()}. */
  public static ArgdataReader of(MemorySegment segment, ArgdataLimits limits)
      throws ArgdataFormatException {
    long size = segment.byteSize();
    if (size > limits.maxLength()) {
      throw new ArgdataFormatException(
          Violation.TOO_LONG, 0, "input of " + size + " bytes exceeds " + limits.maxLength());
    }
    return new ArgdataReader(Bytes.of(segment), 0, size, limits);
  }

  public static ArgdataReader of(MemorySegment segment) throws ArgdataFormatException {
    return of(segment, ArgdataLimits.DEFAULT);
  }

  /** A reader over the buffer's bytes from its position to its limit (offsets count from there). */
  public static ArgdataReader of(ByteBuffer buffer, ArgdataLimits limits)
      throws ArgdataFormatException {
    return of(MemorySegment.ofBuffer(buffer), limits);
  }

  public static ArgdataReader of(ByteBuffer buffer) throws ArgdataFormatException {
    return of(buffer, ArgdataLimits.DEFAULT);
  }

  public static ArgdataReader of(byte[] bytes, ArgdataLimits limits) throws ArgdataFormatException {
    return of(MemorySegment.ofArray(bytes), limits);
  }

  public static ArgdataReader of(byte[] bytes) throws ArgdataFormatException {
    return of(bytes, ArgdataLimits.DEFAULT);
  }

  /** Offset of this value's first byte (its tag) in the segment. */
  public long offset() {
    return offset;
  }

  /** Length of this value's encoding in bytes (0 for null). */
  public long length() {
    return length;
  }

  /** This value's encoding, a slice of the underlying segment. */
  public MemorySegment encoded() {
    return bytes.slice(offset, length);
  }

  public boolean isNull() {
    return length == 0;
  }

  /** The type from the tag byte; an undefined tag is a format error. */
  public ArgdataType type() throws ArgdataFormatException {
    if (length == 0) {
      return ArgdataType.NULL;
    }
    int tag = bytes.u8(offset);
    ArgdataType type = ArgdataType.ofTag(tag);
    if (type == null) {
      throw unknownTag(offset, tag);
    }
    return type;
  }

  // Error paths live in their own methods throughout: it keeps the getters small enough for the
  // JIT to inline, and then the readers that iterators hand out are never allocated.
  static ArgdataFormatException unknownTag(long offset, int tag) {
    return new ArgdataFormatException(
        Violation.UNKNOWN_TAG, offset, String.format("unknown tag 0x%02X", tag));
  }

  private void require(ArgdataType expected) throws ArgdataFormatException {
    if (length == 0 || bytes.u8(offset) != expected.tag()) {
      throw wrongType(bytes, offset, length, expected);
    }
  }

  // Static, so that the reader does not escape through the error path and the JIT can drop it.
  private static ArgdataFormatException wrongType(
      Bytes bytes, long offset, long length, ArgdataType expected) throws ArgdataFormatException {
    String actual = "null";
    if (length > 0) {
      ArgdataType type = ArgdataType.ofTag(bytes.u8(offset));
      if (type == null) {
        return unknownTag(offset, bytes.u8(offset));
      }
      actual = type.specName();
    }
    return new ArgdataFormatException(
        Violation.WRONG_TYPE, offset, "expected " + expected.specName() + ", found " + actual);
  }

  public boolean getBool() throws ArgdataFormatException {
    require(ArgdataType.BOOL);
    return Payloads.bool(bytes, offset, length);
  }

  /** The descriptor number, checked against {@link ArgdataLimits#maxFd()}. */
  public int getFd() throws ArgdataFormatException {
    require(ArgdataType.FD);
    return Payloads.fd(bytes, offset, length, limits.maxFd());
  }

  public double getFloat() throws ArgdataFormatException {
    return Double.longBitsToDouble(getFloatBits());
  }

  /** The float's exact bit pattern (keeps NaN payloads). */
  public long getFloatBits() throws ArgdataFormatException {
    require(ArgdataType.FLOAT);
    return Payloads.floatBits(bytes, offset, length);
  }

  /** An int that fits 64 bits signed; larger ones fail with {@link Violation#OVERFLOW}. */
  public long getLong() throws ArgdataFormatException {
    require(ArgdataType.INT);
    Payloads.checkMinimal(bytes, offset, length, ArgdataType.INT);
    if (length > 9) {
      throw overflow(offset, length);
    }
    return Payloads.smallInteger(bytes, offset, length);
  }

  private static ArgdataFormatException overflow(long offset, long length) {
    return new ArgdataFormatException(
        Violation.OVERFLOW, offset, "int of " + (length - 1) + " bytes does not fit 64 bits");
  }

  /** An int that fits 32 bits signed; others fail with {@link Violation#OVERFLOW}. */
  public int getInt() throws ArgdataFormatException {
    long v = getLong();
    if (v != (int) v) {
      throw new ArgdataFormatException(Violation.OVERFLOW, offset, "int " + v + " exceeds 32 bits");
    }
    return (int) v;
  }

  public BigInteger getBigInteger() throws ArgdataFormatException {
    require(ArgdataType.INT);
    Payloads.checkMinimal(bytes, offset, length, ArgdataType.INT);
    return Payloads.bigInteger(bytes, offset, length);
  }

  public BigInteger getTimestampNanos() throws ArgdataFormatException {
    require(ArgdataType.TIMESTAMP);
    Payloads.checkMinimal(bytes, offset, length, ArgdataType.TIMESTAMP);
    return Payloads.bigInteger(bytes, offset, length);
  }

  /** The timestamp as an instant; fails with {@link Violation#OVERFLOW} outside its range. */
  public Instant getTimestamp() throws ArgdataFormatException {
    try {
      return new TimestampValue(getTimestampNanos()).toInstant();
    } catch (DateTimeException e) {
      throw new ArgdataFormatException(Violation.OVERFLOW, offset, e.getMessage());
    }
  }

  /** The string; strict UTF-8, no 0x00 before the terminator. */
  public String getStr() throws ArgdataFormatException {
    require(ArgdataType.STR);
    return Payloads.str(bytes, offset, length);
  }

  public byte[] getBinary() throws ArgdataFormatException {
    require(ArgdataType.BINARY);
    return bytes.copy(offset + 1, length - 1);
  }

  /** The binary payload in place, as a slice of the underlying segment. */
  public MemorySegment getBinarySegment() throws ArgdataFormatException {
    require(ArgdataType.BINARY);
    return bytes.slice(offset + 1, length - 1);
  }

  /** Looks up a string key in this map; see the class comment for what is checked. */
  public Optional<ArgdataReader> get(String key) throws ArgdataFormatException {
    new StrValue(key); // a key with NUL or a lone surrogate is a caller bug, not a miss
    byte[] utf8 = key.getBytes(StandardCharsets.UTF_8);
    byte[] encoded = new byte[utf8.length + 2];
    encoded[0] = (byte) ArgdataType.STR.tag();
    System.arraycopy(utf8, 0, encoded, 1, utf8.length);
    return findEncodedKey(encoded);
  }

  /** Looks up a key of any type in this map, by its encoding. */
  public Optional<ArgdataReader> get(ArgdataValue key) throws ArgdataFormatException {
    return findEncodedKey(ArgdataEncoder.encode(key, fd -> fd));
  }

  private Optional<ArgdataReader> findEncodedKey(byte[] key) throws ArgdataFormatException {
    require(ArgdataType.MAP);
    long end = offset + length;
    long pos = offset + 1;
    long fast = bytes.findKey(pos, end, key);
    if (fast == KeyScan.NOT_FOUND) {
      return Optional.empty();
    }
    if (fast >= 0) {
      long valueField = Wire.subfield(bytes, fast, end);
      return Optional.of(
          new ArgdataReader(
              bytes, fast + Wire.headerSize(valueField), Wire.length(valueField), limits));
    }
    while (pos < end) {
      long keyField = Wire.subfield(bytes, pos, end);
      long keyStart = pos + Wire.headerSize(keyField);
      long keyLength = Wire.length(keyField);
      long valuePos = keyStart + keyLength;
      if (valuePos >= end) {
        throw oddMap(pos);
      }
      long valueField = Wire.subfield(bytes, valuePos, end);
      long valueStart = valuePos + Wire.headerSize(valueField);
      long valueLength = Wire.length(valueField);
      if (keyLength == key.length && bytes.matches(keyStart, key)) {
        return Optional.of(new ArgdataReader(bytes, valueStart, valueLength, limits));
      }
      pos = valueStart + valueLength;
    }
    return Optional.empty();
  }

  static ArgdataFormatException oddMap(long pos) {
    return new ArgdataFormatException(Violation.ODD_MAP, pos, "map key has no value");
  }

  /** Element {@code index} of this sequence, skipping the ones before it by their lengths. */
  public ArgdataReader get(long index) throws ArgdataFormatException {
    SeqIterator it = seqIterator();
    for (long i = 0; it.next(); i++) {
      if (i == index) {
        return it.value();
      }
    }
    throw new ArgdataFormatException(
        Violation.NO_SUCH_ELEMENT, offset, "seq has no element " + index);
  }

  public MapIterator mapIterator() throws ArgdataFormatException {
    require(ArgdataType.MAP);
    return new MapIterator(bytes, offset + 1, offset + length, limits);
  }

  public SeqIterator seqIterator() throws ArgdataFormatException {
    require(ArgdataType.SEQ);
    return new SeqIterator(bytes, offset + 1, offset + length, limits);
  }

  /** Decodes this value and everything under it, with every check of the limits. */
  public ArgdataValue decode() throws ArgdataFormatException {
    return new ArgdataDecoder(bytes, limits).decode(offset, length, 0);
  }

  @Override
  public String toString() {
    return "ArgdataReader[offset=" + offset + ", length=" + length + "]";
  }
}
