package dev.cloudabi.argdata;

import java.math.BigInteger;

/** An int that fits 64 bits signed. */
public record LongIntValue(long value) implements IntValue {

  @Override
  public BigInteger bigIntegerValue() {
    return BigInteger.valueOf(value);
  }

  @Override
  public boolean fitsLong() {
    return true;
  }

  @Override
  public long longValueExact() {
    return value;
  }
}
