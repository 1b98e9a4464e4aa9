package dev.cloudabi.emulator.host;

import dev.cloudabi.emulator.abi.FileType;
import dev.cloudabi.emulator.fd.FileObject;
import dev.cloudabi.emulator.fd.FileStat;
import dev.cloudabi.emulator.fd.TimeUpdate;
import dev.cloudabi.emulator.natives.Posix;
import dev.cloudabi.emulator.natives.PosixException;
import dev.cloudabi.emulator.natives.PosixFiles;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * A host regular file behind a host descriptor; guest buffers (native memory) go straight to {@code
 * read}/{@code write}/{@code pread}/{@code pwrite} without copies.
 */
public final class HostFile extends HostStream implements FileObject {
  private static final int SEEK_SET = 0;
  private static final int SEEK_CUR = 1;
  private final HostFd handle;
  private volatile int fdFlags;

  HostFile(int fd, boolean readable, boolean writable, int fdFlags) {
    super(FileType.REGULAR_FILE, readable, writable);
    this.handle = new HostFd(fd);
    this.fdFlags = fdFlags;
  }

  @Override
  public int fdFlags() {
    return fdFlags;
  }

  @Override
  public void setFdFlags(int flags) {
    handle.call(
        "fcntl",
        fd -> {
          int status = PosixFiles.fcntl(fd, PosixFiles.F_GETFL, 0);
          int append = (flags & 0x01) != 0 ? PosixFiles.O_APPEND : 0;
          return PosixFiles.fcntl(fd, PosixFiles.F_SETFL, (status & ~PosixFiles.O_APPEND) | append);
        });
    fdFlags = flags;
  }

  @Override
  public int read(MemorySegment dst) {
    return transfer(dst, true, -1);
  }

  @Override
  public int write(MemorySegment src) {
    return transfer(src, false, -1);
  }

  @Override
  public int pread(MemorySegment dst, long offset) {
    return transfer(dst, true, offset);
  }

  @Override
  public int pwrite(MemorySegment src, long offset) {
    return transfer(src, false, offset);
  }

  private int transfer(MemorySegment buffer, boolean in, long offset) {
    MemorySegment chunk = buffer.asSlice(0, Math.min(buffer.byteSize(), 1 << 30));
    if (chunk.isNative()) {
      return (int) call(chunk, in, offset);
    }
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment bounce = arena.allocate(chunk.byteSize());
      if (!in) {
        bounce.copyFrom(chunk);
      }
      int n = (int) call(bounce, in, offset);
      if (in) {
        chunk.copyFrom(bounce.asSlice(0, n));
      }
      return n;
    }
  }

  private long call(MemorySegment segment, boolean in, long offset) {
    try (HostFd.Lease lease = handle.lease()) {
      return call(lease.fd(), segment, in, offset);
    } catch (PosixException e) {
      throw HostErrno.failure(in ? "read" : "write", e);
    }
  }

  private static long call(int fd, MemorySegment segment, boolean in, long offset)
      throws PosixException {
    if (offset < 0) {
      return in ? Posix.read(fd, segment) : Posix.write(fd, segment);
    }
    return in ? Posix.pread(fd, segment, offset) : Posix.pwrite(fd, segment, offset);
  }

  @Override
  public long position() {
    return handle.call("lseek", fd -> Posix.seek(fd, 0, SEEK_CUR));
  }

  @Override
  public void position(long offset) {
    handle.call("lseek", fd -> Posix.seek(fd, offset, SEEK_SET));
  }

  @Override
  public long size() {
    return stat().size();
  }

  @Override
  public void sync() {
    handle.run("fsync", Posix::sync);
  }

  @Override
  public void datasync() {
    handle.run("fdatasync", Posix::datasync);
  }

  @Override
  public FileStat stat() {
    return handle.call("statx ", fd -> HostStat.stat(fd, ""));
  }

  @Override
  public void truncate(long size) {
    handle.run("ftruncate", fd -> PosixFiles.ftruncate(fd, size));
  }

  @Override
  public void setTimes(TimeUpdate times) {
    handle.run("futimens", fd -> PosixFiles.utimensat(fd, null, HostStat.timespecs(times), 0));
  }

  @Override
  public void allocate(long offset, long length) {
    handle.run("posix_fallocate", fd -> PosixFiles.allocate(fd, offset, length));
  }

  @Override
  public void close() {
    handle.close();
  }
}
