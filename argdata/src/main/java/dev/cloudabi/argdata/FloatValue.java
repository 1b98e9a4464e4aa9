package dev.cloudabi.argdata;

/**
 * A binary64 float held as its bit pattern, so that every NaN payload and -0.0 survive and equality
 * is bitwise (a record over {@code double} would merge all NaNs).
 */
public record FloatValue(long bits) implements ArgdataValue {

  public static FloatValue of(double value) {
    return new FloatValue(Double.doubleToRawLongBits(value));
  }

  public double value() {
    return Double.longBitsToDouble(bits);
  }

  @Override
  public ArgdataType type() {
    return ArgdataType.FLOAT;
  }

  @Override
  public String toString() {
    return "FloatValue[" + value() + ", bits=0x" + Long.toHexString(bits) + "]";
  }
}
