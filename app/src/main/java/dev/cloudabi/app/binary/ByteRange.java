package dev.cloudabi.app.binary;

/**
 * A run of bytes in the file, with what they are. An empty range ({@code length == 0}) still marks
 * a position.
 */
public record ByteRange(long offset, long length, String label) {
  public ByteRange {
    if (offset < 0 || length < 0) {
      throw new IllegalArgumentException("negative range " + offset + "+" + length);
    }
  }

  public long end() {
    return offset + length;
  }

  public boolean contains(long position) {
    return position >= offset && position < offset + Math.max(length, 1);
  }

  /** This range cut to {@code [0, size)}. */
  public ByteRange clampTo(long size) {
    long start = Math.min(offset, size);
    return new ByteRange(start, Math.min(length, size - start), label);
  }
}
