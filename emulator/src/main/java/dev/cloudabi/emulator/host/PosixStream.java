package dev.cloudabi.emulator.host;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.abi.FileType;
import dev.cloudabi.emulator.natives.Posix;
import dev.cloudabi.emulator.natives.PosixException;
import java.io.IOException;
import java.lang.foreign.MemorySegment;

/**
 * A pipe, terminal or other character device held as its raw host descriptor: reads and writes go
 * straight between guest memory and the descriptor (no copy through the Java heap, which keeps
 * one-byte writes near native speed), and it keeps its flags (O_APPEND, non-blocking) and its open
 * file description with whoever else holds it.
 */
class PosixStream extends HostStream {
  /** Larger transfers are split: one read or write is capped near 2 GiB by the kernel. */
  private static final long MAX_TRANSFER = 1L << 30;

  final int fd;
  private final boolean owned;

  /**
   * @param owned whether the guest's last close closes the host descriptor (not so for the JVM's
   *     own 0, 1 and 2)
   */
  PosixStream(int fd, FileType type, boolean readable, boolean writable, boolean owned) {
    super(type, readable, writable);
    this.fd = fd;
    this.owned = owned;
  }

  @Override
  public int hostDescriptor() {
    return fd;
  }

  @Override
  public int read(MemorySegment dst) throws IOException {
    awaitReadable(fd);
    try {
      return (int) Posix.read(fd, capped(dst));
    } catch (PosixException e) {
      throw errno(e);
    }
  }

  @Override
  public int write(MemorySegment src) throws IOException {
    try {
      return (int) Posix.write(fd, capped(src));
    } catch (PosixException e) {
      throw errno(e);
    }
  }

  @Override
  public void sync() throws IOException {
    try {
      Posix.sync(fd);
    } catch (PosixException e) {
      throw errno(e);
    }
  }

  @Override
  public void close() throws IOException {
    if (owned) {
      Posix.close(fd);
    }
  }

  /**
   * Waits in short slices, so that stopping the run (which interrupts this thread) ends a read that
   * would otherwise block forever, e.g. on a terminal or an idle socket.
   */
  static void awaitReadable(int fd) throws ErrnoException {
    while (!Posix.waitReadable(fd, 50)) {
      if (Thread.currentThread().isInterrupted()) {
        throw new ErrnoException(Errno.EINTR, "the run is ending");
      }
    }
  }

  static MemorySegment capped(MemorySegment buffer) {
    return buffer.byteSize() > MAX_TRANSFER ? buffer.asSlice(0, MAX_TRANSFER) : buffer;
  }

  /** The host errno by name as CloudABI's (EWOULDBLOCK is EAGAIN, EOPNOTSUPP is ENOTSUP). */
  static ErrnoException errno(PosixException e) {
    Errno errno;
    try {
      errno = Errno.valueOf(e.name());
    } catch (IllegalArgumentException unknown) {
      errno = Errno.EIO;
    }
    return new ErrnoException(errno, e.getMessage());
  }
}
