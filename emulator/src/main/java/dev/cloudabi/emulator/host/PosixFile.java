package dev.cloudabi.emulator.host;

import dev.cloudabi.emulator.abi.FileType;
import dev.cloudabi.emulator.fd.FileObject;
import dev.cloudabi.emulator.natives.Posix;
import dev.cloudabi.emulator.natives.PosixException;
import java.io.IOException;
import java.lang.foreign.MemorySegment;

/** A regular file held as its raw host descriptor (its offset is shared with other holders). */
final class PosixFile extends PosixStream implements FileObject {
  private static final int SEEK_SET = 0;
  private static final int SEEK_CUR = 1;

  PosixFile(int fd, boolean readable, boolean writable) {
    super(fd, FileType.REGULAR_FILE, readable, writable, true);
  }

  @Override
  public int pread(MemorySegment dst, long offset) throws IOException {
    try {
      return (int) Posix.pread(fd, capped(dst), offset);
    } catch (PosixException e) {
      throw errno(e);
    }
  }

  @Override
  public int pwrite(MemorySegment src, long offset) throws IOException {
    try {
      return (int) Posix.pwrite(fd, capped(src), offset);
    } catch (PosixException e) {
      throw errno(e);
    }
  }

  @Override
  public long position() throws IOException {
    try {
      return Posix.seek(fd, 0, SEEK_CUR);
    } catch (PosixException e) {
      throw errno(e);
    }
  }

  @Override
  public void position(long offset) throws IOException {
    try {
      Posix.seek(fd, offset, SEEK_SET);
    } catch (PosixException e) {
      throw errno(e);
    }
  }

  @Override
  public long size() throws IOException {
    try {
      return Posix.stat(fd).size();
    } catch (PosixException e) {
      throw errno(e);
    }
  }

  @Override
  public void datasync() throws IOException {
    try {
      Posix.datasync(fd);
    } catch (PosixException e) {
      throw errno(e);
    }
  }
}
