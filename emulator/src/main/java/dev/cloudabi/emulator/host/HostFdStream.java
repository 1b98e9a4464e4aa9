package dev.cloudabi.emulator.host;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.abi.FileType;
import dev.cloudabi.emulator.fd.StreamObject;
import dev.cloudabi.emulator.natives.PosixIo;
import java.io.IOException;
import java.lang.foreign.MemorySegment;

/**
 * A raw host descriptor used as a stream (the JVM's stdout/stderr/stdin, /dev/null): reads and
 * writes go straight between guest memory and the host descriptor.
 */
public final class HostFdStream implements StreamObject {
  private static final int EPIPE = 32;
  private static final int EAGAIN = 11;

  private final int fd;
  private final boolean readable;
  private final boolean writable;
  private final boolean owned;

  HostFdStream(int fd, boolean readable, boolean writable, boolean owned) {
    this.fd = fd;
    this.readable = readable;
    this.writable = writable;
    this.owned = owned;
  }

  @Override
  public FileType type() {
    return FileType.CHARACTER_DEVICE;
  }

  @Override
  public boolean readable() {
    return readable;
  }

  @Override
  public boolean writable() {
    return writable;
  }

  @Override
  public int read(MemorySegment dst) throws IOException {
    // Wait in short slices so that stopping the run (which interrupts this thread) ends a read
    // that would otherwise block forever, e.g. on a terminal.
    while (!PosixIo.waitReadable(fd, 50)) {
      if (Thread.currentThread().isInterrupted()) {
        throw new ErrnoException(Errno.EINTR, "the run is ending");
      }
    }
    try {
      return (int) PosixIo.read(fd, dst.byteSize() > (1 << 30) ? dst.asSlice(0, 1 << 30) : dst);
    } catch (PosixIo.HostErrnoException e) {
      throw translate(e);
    }
  }

  @Override
  public int write(MemorySegment src) throws IOException {
    try {
      return (int) PosixIo.write(fd, src.byteSize() > (1 << 30) ? src.asSlice(0, 1 << 30) : src);
    } catch (PosixIo.HostErrnoException e) {
      throw translate(e);
    }
  }

  private static IOException translate(PosixIo.HostErrnoException e) {
    return switch (e.errno()) {
      case EPIPE -> throw new ErrnoException(Errno.EPIPE, e.getMessage());
      case EAGAIN -> throw new ErrnoException(Errno.EAGAIN, e.getMessage());
      default -> e;
    };
  }

  @Override
  public void close() {
    if (owned) {
      PosixIo.close(fd);
    }
  }
}
