package dev.cloudabi.argdata;

import java.lang.foreign.MemorySegment;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * The facade: build values, encode them (plain or with descriptor renumbering), decode bytes
 * strictly into values or read them in place, and format values as text.
 */
public final class Argdata {
  private Argdata() {}

  // ---- building

  public static MapBuilder map() {
    return new MapBuilder();
  }

  public static SeqBuilder seq() {
    return new SeqBuilder();
  }

  public static NullValue nullValue() {
    return NullValue.INSTANCE;
  }

  public static StrValue of(String value) {
    return new StrValue(value);
  }

  public static IntValue of(long value) {
    return IntValue.of(value);
  }

  public static IntValue of(BigInteger value) {
    return IntValue.of(value);
  }

  public static BoolValue of(boolean value) {
    return BoolValue.of(value);
  }

  public static FloatValue of(double value) {
    return FloatValue.of(value);
  }

  /** A timestamp. */
  public static TimestampValue of(Instant value) {
    return TimestampValue.of(value);
  }

  public static BinaryValue binary(byte[] bytes) {
    return new BinaryValue(bytes);
  }

  public static FdValue fd(int number) {
    return new FdValue(number);
  }

  // ---- encoding

  /** The encoding of {@code value}, fd numbers written as they are. */
  public static byte[] encode(ArgdataValue value) {
    return ArgdataEncoder.encode(value, fd -> fd);
  }

  /**
   * Encodes {@code value} with its fd numbers renumbered as cloudabi-run does; {@code
   * descriptors()} lists the original numbers in their new order. For host objects use {@link
   * DescriptorTable}.
   */
  public static EncodedArgdata<Integer> encodeRenumbered(ArgdataValue value) {
    return Renumbering.encode(value, Integer::valueOf);
  }

  // ---- decoding

  /** Strictly decodes a whole value. */
  public static ArgdataValue decode(MemorySegment bytes, ArgdataLimits limits)
      throws ArgdataFormatException {
    return ArgdataReader.of(bytes, limits).decode();
  }

  public static ArgdataValue decode(ByteBuffer bytes, ArgdataLimits limits)
      throws ArgdataFormatException {
    return ArgdataReader.of(bytes, limits).decode();
  }

  public static ArgdataValue decode(byte[] bytes, ArgdataLimits limits)
      throws ArgdataFormatException {
    return ArgdataReader.of(bytes, limits).decode();
  }

  public static ArgdataValue decode(byte[] bytes) throws ArgdataFormatException {
    return decode(bytes, ArgdataLimits.DEFAULT);
  }

  /** A reader over the bytes in place; see {@link ArgdataReader} for what it checks when. */
  public static ArgdataReader reader(MemorySegment bytes, ArgdataLimits limits)
      throws ArgdataFormatException {
    return ArgdataReader.of(bytes, limits);
  }

  // ---- text

  /** The value as a YAML document in the runner's dialect (see the module README). */
  public static String toYaml(ArgdataValue value) {
    return ArgdataYaml.format(value);
  }
}
