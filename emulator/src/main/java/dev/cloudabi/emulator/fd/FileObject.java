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

  /** {@code file_stat_fget}. */
  FileStat stat() throws IOException;

  /** Truncates or extends ({@code file_stat_fput} with SIZE). */
  void truncate(long size) throws IOException;

  void setTimes(TimeUpdate times) throws IOException;

  /** {@code fd_stat_put(FDSTAT_FLAGS)}: from now on APPEND (0x01) decides where writes go. */
  void setFdFlags(int fdFlags) throws IOException;

  /** Makes sure {@code [offset, offset + length)} is allocated, growing the file if needed. */
  void allocate(long offset, long length) throws IOException;
}
