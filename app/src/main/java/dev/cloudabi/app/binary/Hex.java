package dev.cloudabi.app.binary;

/** Number formatting shared by the views. */
public final class Hex {
  private Hex() {}

  public static String of(long value) {
    return "0x" + Long.toHexString(value);
  }

  /** Fixed width, zero padded, no prefix. */
  public static String padded(long value, int digits) {
    String s = Long.toHexString(value);
    return s.length() >= digits ? s : "0".repeat(digits - s.length()) + s;
  }
}
