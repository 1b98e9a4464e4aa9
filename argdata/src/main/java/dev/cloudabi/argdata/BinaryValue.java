package dev.cloudabi.argdata;

import java.util.Arrays;
import java.util.HexFormat;

/** Binary data. The array is copied in and out, so the value stays immutable. */
public record BinaryValue(byte[] bytes) implements ArgdataValue {
  public BinaryValue {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  public int length() {
    return bytes.length;
  }

  /** Package-private view without the copy, for the encoder. */
  byte[] bytesUnsafe() {
    return bytes;
  }

  @Override
  public ArgdataType type() {
    return ArgdataType.BINARY;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BinaryValue other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "BinaryValue[" + HexFormat.of().formatHex(bytes) + "]";
  }
}
