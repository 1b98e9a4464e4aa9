package dev.cloudabi.argdata;

import java.math.BigInteger;

/**
 * An integer of any size. Values that fit 64 bits are always a {@link LongIntValue} (the fast
 * path), larger ones always a {@link BigIntValue}, so each number has exactly one representation
 * and record equality is value equality.
 */
public sealed interface IntValue extends ArgdataValue permits LongIntValue, BigIntValue {

  static IntValue of(long value) {
    return new LongIntValue(value);
  }

  static IntValue of(BigInteger value) {
    return value.bitLength() < Long.SIZE
        ? new LongIntValue(value.longValueExact())
        : new BigIntValue(value);
  }

  BigInteger bigIntegerValue();

  boolean fitsLong();

  /** The value as a {@code long}; throws {@link ArithmeticException} when it does not fit. */
  long longValueExact();

  @Override
  default ArgdataType type() {
    return ArgdataType.INT;
  }
}
