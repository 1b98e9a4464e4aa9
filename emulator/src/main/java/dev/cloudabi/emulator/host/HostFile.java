package dev.cloudabi.emulator.host;

import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.abi.FileType;
import dev.cloudabi.emulator.fd.FileObject;
import dev.cloudabi.emulator.fd.FileStat;
import dev.cloudabi.emulator.fd.TimeUpdate;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.function.IntFunction;

/**
 * A host regular file behind a host descriptor; guest buffers (native memory) go straight to {@code
 * read}/{@code write}/{@code pread}/{@code pwrite} without copies.
 */
public final class HostFile implements FileObject {
  private static final int SEEK_SET = 0;
  private static final int SEEK_CUR = 1;
  private final HostFd handle;
  private final boolean readable;
  private final boolean writable;
  private volatile int fdFlags;

  HostFile(int fd, boolean readable, boolean writable, int fdFlags) {
    this.handle = new HostFd(fd);
    this.readable = readable;
    this.writable = writable;
    this.fdFlags = fdFlags;
  }

  @Override
  public FileType type() {
    return FileType.REGULAR_FILE;
  }

  @Override
  public int fdFlags() {
    return fdFlags;
  }

  @Override
  public void setFdFlags(int flags) {
    at(
        fd -> {
          int status = (int) HostErrno.check(Libc.fcntl(fd, Libc.F_GETFL, 0), "fcntl");
          int append = (flags & 0x01) != 0 ? Libc.O_APPEND : 0;
          return HostErrno.check(
              Libc.fcntl(fd, Libc.F_SETFL, (status & ~Libc.O_APPEND) | append), "fcntl");
        });
    fdFlags = flags;
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
      return (int) HostErrno.check(call(chunk, in, offset), in ? "read" : "write");
    }
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment bounce = arena.allocate(chunk.byteSize());
      if (!in) {
        bounce.copyFrom(chunk);
      }
      int n = (int) HostErrno.check(call(bounce, in, offset), in ? "read" : "write");
      if (in) {
        chunk.copyFrom(bounce.asSlice(0, n));
      }
      return n;
    }
  }

  private long call(MemorySegment segment, boolean in, long offset) {
    try (HostFd.Lease lease = handle.lease()) {
      return call(lease.fd(), segment, in, offset);
    }
  }

  private static long call(int fd, MemorySegment segment, boolean in, long offset) {
    if (offset < 0) {
      return in ? Libc.read(fd, segment) : Libc.write(fd, segment);
    }
    return in ? Libc.pread(fd, segment, offset) : Libc.pwrite(fd, segment, offset);
  }

  @Override
  public long position() {
    return at(fd -> HostErrno.check(Libc.lseek(fd, 0, SEEK_CUR), "lseek"));
  }

  @Override
  public void position(long offset) {
    at(fd -> HostErrno.check(Libc.lseek(fd, offset, SEEK_SET), "lseek"));
  }

  @Override
  public long size() {
    return stat().size();
  }

  @Override
  public void sync() {
    at(fd -> HostErrno.check(Libc.fsync(fd, false), "fsync"));
  }

  @Override
  public void datasync() {
    at(fd -> HostErrno.check(Libc.fsync(fd, true), "fdatasync"));
  }

  @Override
  public FileStat stat() {
    return at(fd -> HostStat.stat(fd, ""));
  }

  @Override
  public void truncate(long size) {
    at(fd -> HostErrno.check(Libc.ftruncate(fd, size), "ftruncate"));
  }

  @Override
  public void setTimes(TimeUpdate times) {
    at(fd -> HostErrno.check(Libc.utimensat(fd, null, HostStat.timespecs(times), 0), "futimens"));
  }

  @Override
  public void allocate(long offset, long length) {
    int error = at(fd -> Libc.posixFallocate(fd, offset, length));
    if (error != 0) {
      throw new ErrnoException(HostErrno.of(error), "posix_fallocate (host errno " + error + ")");
    }
  }

  @Override
  public void close() {
    handle.close();
  }

  /** Runs {@code op} with the host descriptor leased for its duration. */
  private <T> T at(IntFunction<T> op) {
    try (HostFd.Lease lease = handle.lease()) {
      return op.apply(lease.fd());
    }
  }
}
