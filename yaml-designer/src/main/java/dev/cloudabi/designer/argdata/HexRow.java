package dev.cloudabi.designer.argdata;

import java.util.HexFormat;

/** One row of the hex view: up to 16 bytes from {@code offset}. */
public record HexRow(int offset, byte[] bytes) {
  public static final int WIDTH = 16;

  public HexRow {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  public String offsetText() {
    return String.format("%08x", offset);
  }

  /** The byte at {@code column} as two hex digits. */
  public String hex(int column) {
    return HexFormat.of().toHexDigits(bytes[column]);
  }

  /** The bytes as printable ASCII, '.' for the rest. */
  public String ascii() {
    StringBuilder s = new StringBuilder(bytes.length);
    for (byte b : bytes) {
      s.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
    }
    return s.toString();
  }

  public int size() {
    return bytes.length;
  }
}
