package dev.cloudabi.designer.argdata;

/** A run of bytes in the encoded Argdata: {@code [offset, offset + length)}. */
public record ByteSpan(int offset, int length) {
  public ByteSpan {
    if (offset < 0 || length < 0) {
      throw new IllegalArgumentException("invalid byte span " + offset + "+" + length);
    }
  }

  public int end() {
    return offset + length;
  }

  public boolean contains(int index) {
    return index >= offset && index < end();
  }
}
