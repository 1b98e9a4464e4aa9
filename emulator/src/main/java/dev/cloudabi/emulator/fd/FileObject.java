package dev.cloudabi.emulator.fd;

import java.io.IOException;
import java.lang.foreign.MemorySegment;

/** A seekable regular file. */
public interface FileObject extends StreamObject {
  int pread(MemorySegment dst, long offset) throws IOException;

  int pwrite(MemorySegment src, long offset) throws IOException;

  long position() throws IOException;

  void position(long offset) throws IOException;

  long size() throws IOException;

  /** Flushes data only ({@code fd_datasync}). */
  void datasync() throws IOException;
}
