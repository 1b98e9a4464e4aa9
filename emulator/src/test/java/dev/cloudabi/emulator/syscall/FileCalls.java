package dev.cloudabi.emulator.syscall;

import dev.cloudabi.emulator.abi.MaxRights;
import java.nio.charset.StandardCharsets;

/** Guest-style wrappers over the file calls for handler tests (x86_64 layouts). */
public final class FileCalls {
  public static final int O_CREAT = 0x01;
  public static final int O_DIRECTORY = 0x02;
  public static final int O_EXCL = 0x04;
  public static final int O_TRUNC = 0x08;
  public static final long FOLLOW = 1L << 32;
  public static final long READ_RIGHTS = 0x2L | 0x8000L | 0x8000000L;
  public static final long WRITE_RIGHTS = 0x1L | 0x40L | 0x100L | 0x100000L;

  private final GuestCalls calls;

  public FileCalls(GuestCalls calls) {
    this.calls = calls;
  }

  public GuestCalls calls() {
    return calls;
  }

  /** Like the SDK's openat: requests the directory's inheriting rights minus the mode's. */
  public int open(
      long dirfd, String path, int oflags, boolean read, boolean write, boolean follow) {
    long inheriting = calls.fds().get(dirfd, 0, 0).rightsInheriting();
    long base = inheriting;
    if (!write) {
      base &= ~WRITE_RIGHTS;
    }
    if (!read) {
      base &= ~READ_RIGHTS;
    }
    return openWith(dirfd, path, oflags, base, inheriting, 0, follow);
  }

  /** Opens with explicit rights; on success {@link #lastFd()} is the new descriptor. */
  public int openWith(
      long dirfd,
      String path,
      int oflags,
      long base,
      long inheriting,
      int fdFlags,
      boolean follow) {
    long fdstat = calls.allocate(24);
    calls.memory().writeU16(fdstat + 2, fdFlags);
    calls.memory().writeU64(fdstat + 8, base);
    calls.memory().writeU64(fdstat + 16, inheriting);
    long lookup = dirfd | (follow ? FOLLOW : 0);
    byte[] p = bytes(path);
    return calls.call("file_open", lookup, calls.put(p), p.length, oflags, fdstat, 0);
  }

  public long lastFd() {
    return calls.output(5);
  }

  public int mkdir(long dirfd, String path) {
    byte[] p = bytes(path);
    return calls.call("file_create", dirfd, calls.put(p), p.length, 0x20);
  }

  public int unlink(long dirfd, String path, boolean directory) {
    byte[] p = bytes(path);
    return calls.call("file_unlink", dirfd, calls.put(p), p.length, directory ? 1 : 0);
  }

  public int rename(long fd1, String from, long fd2, String to) {
    byte[] a = bytes(from);
    byte[] b = bytes(to);
    return calls.call("file_rename", fd1, calls.put(a), a.length, fd2, calls.put(b), b.length);
  }

  public int link(long fd1, String from, long fd2, String to, boolean follow) {
    byte[] a = bytes(from);
    byte[] b = bytes(to);
    return calls.call(
        "file_link",
        fd1 | (follow ? FOLLOW : 0),
        calls.put(a),
        a.length,
        fd2,
        calls.put(b),
        b.length);
  }

  public int symlink(String text, long dirfd, String path) {
    byte[] a = bytes(text);
    byte[] b = bytes(path);
    return calls.call("file_symlink", calls.put(a), a.length, dirfd, calls.put(b), b.length);
  }

  /** readlink; the text is in {@link #lastText()}. */
  public int readlink(long dirfd, String path) {
    byte[] p = bytes(path);
    lastBuffer = calls.allocate(256);
    return calls.call("file_readlink", dirfd, calls.put(p), p.length, lastBuffer, 256, 0);
  }

  private long lastBuffer;

  public String lastText() {
    return new String(
        calls.memory().readBytes(lastBuffer, (int) calls.output(5)), StandardCharsets.UTF_8);
  }

  /** file_stat_get into a fresh buffer; {@link #lastStat()} is its address. */
  public int stat(long dirfd, String path, boolean follow) {
    byte[] p = bytes(path);
    lastBuffer = calls.allocate(56);
    return calls.call(
        "file_stat_get", dirfd | (follow ? FOLLOW : 0), calls.put(p), p.length, lastBuffer);
  }

  public long lastStat() {
    return lastBuffer;
  }

  public int statPut(long dirfd, String path, boolean follow, long atime, long mtime, int flags) {
    byte[] p = bytes(path);
    long buf = calls.allocate(56);
    calls.memory().writeU64(buf + 32, atime);
    calls.memory().writeU64(buf + 40, mtime);
    return calls.call(
        "file_stat_put", dirfd | (follow ? FOLLOW : 0), calls.put(p), p.length, buf, flags);
  }

  public int fstat(long fd) {
    lastBuffer = calls.allocate(56);
    return calls.call("file_stat_fget", fd, lastBuffer);
  }

  public int fput(long fd, long size, long atime, long mtime, int flags) {
    long buf = calls.allocate(56);
    calls.memory().writeU64(buf + 24, size);
    calls.memory().writeU64(buf + 32, atime);
    calls.memory().writeU64(buf + 40, mtime);
    return calls.call("file_stat_fput", fd, buf, flags);
  }

  /** fd_write of {@code text}; returns errno. */
  public int write(long fd, String text) {
    byte[] data = bytes(text);
    long iov = calls.allocate(16);
    calls.memory().writeU64(iov, calls.put(data));
    calls.memory().writeU64(iov + 8, data.length);
    return calls.call("fd_write", fd, iov, 1, 0);
  }

  /** fd_read of up to {@code max} bytes; the text is in {@link #lastText()}. */
  public int read(long fd, int max) {
    lastBuffer = calls.allocate(Math.max(max, 1));
    long iov = calls.allocate(16);
    calls.memory().writeU64(iov, lastBuffer);
    calls.memory().writeU64(iov + 8, max);
    int errno = calls.call("fd_read", fd, iov, 1, 0);
    readCount = calls.output(3);
    return errno;
  }

  private long readCount;

  public String lastRead() {
    return new String(
        calls.memory().readBytes(lastBuffer, (int) readCount), StandardCharsets.UTF_8);
  }

  /** Reads a whole file below {@code dirfd}, or null when it cannot be opened. */
  public String slurp(long dirfd, String path) {
    if (open(dirfd, path, 0, true, false, true) != 0) {
      return null;
    }
    long fd = lastFd();
    read(fd, 4096);
    String text = lastRead();
    calls.call("fd_close", fd);
    return text;
  }

  public int close(long fd) {
    return calls.call("fd_close", fd);
  }

  /** file_readdir into a buffer of {@code size}; returns errno, {@link #bufused()} and bytes. */
  public int readdir(long fd, int size, long cookie) {
    lastBuffer = calls.allocate(Math.max(size, 1));
    return calls.call("file_readdir", fd, lastBuffer, size, cookie, 0);
  }

  public long bufused() {
    return calls.output(4);
  }

  public long buffer() {
    return lastBuffer;
  }

  static long directoryBase() {
    return MaxRights.DIRECTORY.base();
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
