package dev.cloudabi.emulator.host;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import dev.cloudabi.emulator.abi.FileType;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.foreign.MemorySegment;

/**
 * A write-only host stream, e.g. the JVM's stdout. Bytes go straight through (no buffering of our
 * own), so the guest's output interleaves correctly with other writers.
 */
public final class HostOutputStream extends HostStream {
  private final OutputStream out;
  private final boolean closeOnRelease;
  private byte[] scratch = new byte[8192];

  public HostOutputStream(OutputStream out, boolean closeOnRelease) {
    super(FileType.CHARACTER_DEVICE, false, true);
    this.out = out;
    this.closeOnRelease = closeOnRelease;
  }

  @Override
  public synchronized int write(MemorySegment src) throws IOException {
    int length = (int) Math.min(src.byteSize(), Integer.MAX_VALUE);
    if (scratch.length < length) {
      scratch = new byte[Math.min(length, 1 << 20)];
    }
    int done = 0;
    while (done < length) {
      int chunk = Math.min(scratch.length, length - done);
      MemorySegment.copy(src, JAVA_BYTE, done, scratch, 0, chunk);
      out.write(scratch, 0, chunk);
      done += chunk;
    }
    out.flush();
    return length;
  }

  @Override
  public void sync() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (closeOnRelease) {
      out.close();
    } else {
      out.flush();
    }
  }
}
