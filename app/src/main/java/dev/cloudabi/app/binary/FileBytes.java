package dev.cloudabi.app.binary;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The bytes of an opened file, mapped read-only (so a 110 MB library costs no heap). The mapping is
 * released when this object is no longer reachable.
 */
public final class FileBytes {
  private final MemorySegment segment;

  private FileBytes(MemorySegment segment) {
    this.segment = segment;
  }

  public static FileBytes map(Path path) throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size == 0) {
        return new FileBytes(MemorySegment.ofArray(new byte[0]));
      }
      return new FileBytes(channel.map(FileChannel.MapMode.READ_ONLY, 0, size, Arena.ofAuto()));
    }
  }

  public static FileBytes of(byte[] bytes) {
    return new FileBytes(MemorySegment.ofArray(bytes));
  }

  public MemorySegment segment() {
    return segment;
  }

  public long size() {
    return segment.byteSize();
  }

  /** The unsigned byte at {@code offset}. */
  public int get(long offset) {
    return Byte.toUnsignedInt(segment.get(ValueLayout.JAVA_BYTE, offset));
  }

  /** Up to {@code length} bytes from {@code offset}, fewer at the end of the file. */
  public byte[] read(long offset, int length) {
    if (offset >= size() || offset < 0) {
      return new byte[0];
    }
    int n = (int) Math.min(length, size() - offset);
    return segment.asSlice(offset, n).toArray(ValueLayout.JAVA_BYTE);
  }
}
