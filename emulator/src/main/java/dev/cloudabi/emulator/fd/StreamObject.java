package dev.cloudabi.emulator.fd;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import java.io.IOException;
import java.lang.foreign.MemorySegment;

/** A byte stream: a pipe, a terminal, a host stream such as the JVM's stdout. */
public non-sealed interface StreamObject extends GuestObject {
  /** True when reading makes sense (decides FD_READ of injected descriptors). */
  boolean readable();

  /** True when writing makes sense (decides FD_WRITE of injected descriptors). */
  boolean writable();

  /** Reads up to {@code dst.byteSize()} bytes; 0 means end of file. May block. */
  default int read(MemorySegment dst) throws IOException {
    throw new ErrnoException(Errno.EBADF, "not readable");
  }

  /** Writes bytes; returns how many were written. */
  default int write(MemorySegment src) throws IOException {
    throw new ErrnoException(Errno.EBADF, "not writable");
  }

  /** Flushes data and metadata ({@code fd_sync}). */
  default void sync() throws IOException {}
}
