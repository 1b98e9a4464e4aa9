package dev.cloudabi.emulator.host;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import dev.cloudabi.emulator.abi.FileType;
import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.MemorySegment;

/** A read-only host stream, e.g. the JVM's stdin. */
public final class HostInputStream extends HostStream {
  private final InputStream in;
  private final boolean closeOnRelease;
  private byte[] scratch = new byte[8192];

  public HostInputStream(InputStream in, boolean closeOnRelease) {
    super(FileType.CHARACTER_DEVICE, true, false);
    this.in = in;
    this.closeOnRelease = closeOnRelease;
  }

  @Override
  public synchronized int read(MemorySegment dst) throws IOException {
    int want = (int) Math.min(dst.byteSize(), 1 << 20);
    if (want == 0) {
      return 0;
    }
    if (scratch.length < want) {
      scratch = new byte[want];
    }
    int n = in.read(scratch, 0, want);
    if (n <= 0) {
      return 0;
    }
    MemorySegment.copy(scratch, 0, dst, JAVA_BYTE, 0, n);
    return n;
  }

  @Override
  public void close() throws IOException {
    if (closeOnRelease) {
      in.close();
    }
  }
}
