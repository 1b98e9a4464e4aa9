package dev.cloudabi.emulator.host;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.abi.FileType;
import dev.cloudabi.emulator.fd.StreamObject;
import dev.cloudabi.emulator.natives.Posix;
import dev.cloudabi.emulator.natives.PosixException;
import java.io.IOException;
import java.lang.foreign.MemorySegment;

/**
 * A pipe, terminal or other character device held as its raw host descriptor, so it keeps its flags
 * (O_APPEND, non-blocking) and its open file description with whoever else holds it.
 */
class PosixStream implements StreamObject {
  final int fd;
  private final FileType type;
  private final boolean readable;
  private final boolean writable;

  PosixStream(int fd, FileType type, boolean readable, boolean writable) {
    this.fd = fd;
    this.type = type;
    this.readable = readable;
    this.writable = writable;
  }

  @Override
  public FileType type() {
    return type;
  }

  @Override
  public int hostDescriptor() {
    return fd;
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
    try {
      return (int) Posix.read(fd, dst);
    } catch (PosixException e) {
      throw errno(e);
    }
  }

  @Override
  public int write(MemorySegment src) throws IOException {
    try {
      return (int) Posix.write(fd, src);
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
    Posix.close(fd);
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
