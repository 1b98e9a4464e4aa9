package dev.cloudabi.emulator.host;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import dev.cloudabi.emulator.abi.FileType;
import dev.cloudabi.emulator.fd.StreamObject;
import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.MemorySegment;

/** A read-only host stream, e.g. the JVM's stdin. */
public final class HostInputStream implements StreamObject {
  private final InputStream in;
  private final boolean closeOnRelease;
  private final int hostDescriptor;
  private byte[] scratch = new byte[8192];

  public HostInputStream(InputStream in, boolean closeOnRelease) {
    this(in, closeOnRelease, -1);
  }

  /**
   * @param hostDescriptor the host descriptor number behind the stream (the JVM's 0, 1, 2), so it
   *     can be passed over a socket; -1 when there is none
   */
  public HostInputStream(InputStream in, boolean closeOnRelease, int hostDescriptor) {
    this.in = in;
    this.closeOnRelease = closeOnRelease;
    this.hostDescriptor = hostDescriptor;
  }

  @Override
  public int hostDescriptor() {
    return hostDescriptor;
  }

  @Override
  public FileType type() {
    return FileType.CHARACTER_DEVICE;
  }

  @Override
  public boolean readable() {
    return true;
  }

  @Override
  public boolean writable() {
    return false;
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
