package dev.cloudabi.argdata;

import java.math.BigInteger;
import java.util.Objects;

/** An int outside the 64-bit signed range; smaller values must use {@link LongIntValue}. */
public record BigIntValue(BigInteger value) implements IntValue {
  public BigIntValue {
    Objects.requireNonNull(value, "value");
    if (value.bitLength() < Long.SIZE) {
      throw new IllegalArgumentException(
          "BigIntValue is for values outside 64 bits; use IntValue.of(" + value + ")");
    }
  }

  @Override
  public BigInteger bigIntegerValue() {
    return value;
  }

  @Override
  public boolean fitsLong() {
    return false;
  }

  @Override
  public long longValueExact() {
    return value.longValueExact();
  }
}
