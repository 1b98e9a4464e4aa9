package dev.cloudabi.emulator.natives;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * libc's calls on names below a directory descriptor ({@code openat}, {@code mkdirat}, {@code
 * statx}, …) and on files' sizes, flags and listings, for the host file system backend (ADR 0010).
 * Linux values (glibc); like {@link Posix}, every failure is a {@link PosixException}, and calls
 * interrupted by a signal are retried.
 */
public final class PosixFiles {
  private static final boolean AARCH64 = System.getProperty("os.arch").contains("aarch64");
  // Open flags beside Posix.O_RDONLY, O_WRONLY and O_CLOEXEC.
  public static final int O_RDWR = 2;
  public static final int O_CREAT = 0x40;
  public static final int O_EXCL = 0x80;
  public static final int O_NOCTTY = 0x100;
  public static final int O_TRUNC = 0x200;
  public static final int O_DIRECTORY = AARCH64 ? 0x4000 : 0x10000;
  public static final int O_NOFOLLOW = AARCH64 ? 0x8000 : 0x20000;
  public static final int O_APPEND = 0x400;
  public static final int O_NONBLOCK = 0x800;
  public static final int F_GETFL = 3;
  public static final int F_SETFL = 4;
  public static final int AT_FDCWD = -100;
  public static final int AT_SYMLINK_NOFOLLOW = 0x100;
  public static final int AT_REMOVEDIR = 0x200;
  public static final int AT_EMPTY_PATH = 0x1000;
  public static final long UTIME_OMIT = (1L << 30) - 2;
  private static final int STATX_BASIC_STATS = 0x7ff;
  private static final int SEEK_SET = 0;

  // Holders linked on first use (ADR 0012): opening and stat-ing are part of every run with a
  // file grant; changing names, times and sizes, and listing directories, are not.

  private static final class Open {
    static final MethodHandle OPENAT =
        Posix.variadic("openat", 3, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT);
    static final MethodHandle STATX =
        Posix.handle("statx", JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS);
  }

  private static final class Names {
    static final MethodHandle READLINKAT =
        Posix.handle("readlinkat", JAVA_LONG, JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG);
    static final MethodHandle MKDIRAT =
        Posix.handle("mkdirat", JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT);
    static final MethodHandle SYMLINKAT =
        Posix.handle("symlinkat", JAVA_INT, ADDRESS, JAVA_INT, ADDRESS);
    static final MethodHandle LINKAT =
        Posix.handle("linkat", JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT);
    static final MethodHandle RENAMEAT =
        Posix.handle("renameat", JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS);
    static final MethodHandle UNLINKAT =
        Posix.handle("unlinkat", JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT);
  }

  private static final class Changes {
    static final MethodHandle FCNTL =
        Posix.variadic("fcntl", 2, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT);
    static final MethodHandle UTIMENSAT =
        Posix.handle("utimensat", JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT);
    static final MethodHandle FUTIMENS = Posix.handle("futimens", JAVA_INT, JAVA_INT, ADDRESS);
    static final MethodHandle FTRUNCATE = Posix.handle("ftruncate", JAVA_INT, JAVA_INT, JAVA_LONG);
    // posix_fallocate returns its error instead of setting errno.
    static final MethodHandle POSIX_FALLOCATE =
        Posix.link(
            "posix_fallocate", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, JAVA_LONG));
  }

  private static final class Listing {
    static final MethodHandle DUP = Posix.handle("dup", JAVA_INT, JAVA_INT);
    static final MethodHandle FDOPENDIR = Posix.handle("fdopendir", ADDRESS, JAVA_INT);
    static final MethodHandle READDIR = Posix.handle("readdir", ADDRESS, ADDRESS);
    static final MethodHandle CLOSEDIR =
        Posix.link("closedir", FunctionDescriptor.of(JAVA_INT, ADDRESS));
  }

  private PosixFiles() {}

  /** A host directory entry ({@code struct dirent64}: d_ino @0, d_type @18, d_name @19). */
  public record DirectoryEntry(String name, long inode, int dType) {}

  /** Opens {@code name} below directory {@code dir} ({@link #AT_FDCWD}: a path); returns the fd. */
  public static int openat(int dir, String name, int flags, int mode) throws PosixException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment cName = arena.allocateFrom(name);
      return (int)
          Posix.invoke(
              "open " + name, s -> (int) Open.OPENAT.invokeExact(s, dir, cName, flags, mode));
    }
  }

  /**
   * {@code statx} (basic stats) into {@code out} (256 bytes); {@code name} "" with {@link
   * #AT_EMPTY_PATH} is the descriptor itself.
   */
  public static void statx(int dir, String name, int flags, MemorySegment out)
      throws PosixException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment cName = arena.allocateFrom(name);
      Posix.invoke(
          "statx " + name,
          s -> (int) Open.STATX.invokeExact(s, dir, cName, flags, STATX_BASIC_STATS, out));
    }
  }

  public static int fcntl(int fd, int command, int argument) throws PosixException {
    return (int)
        Posix.invoke("fcntl", s -> (int) Changes.FCNTL.invokeExact(s, fd, command, argument));
  }

  public static void mkdirat(int dir, String name, int mode) throws PosixException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment cName = arena.allocateFrom(name);
      Posix.invoke("mkdirat " + name, s -> (int) Names.MKDIRAT.invokeExact(s, dir, cName, mode));
    }
  }

  public static void symlinkat(String target, int dir, String name) throws PosixException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment cTarget = arena.allocateFrom(target);
      MemorySegment cName = arena.allocateFrom(name);
      Posix.invoke(
          "symlinkat " + name, s -> (int) Names.SYMLINKAT.invokeExact(s, cTarget, dir, cName));
    }
  }

  /** The text of symbolic link {@code name} below {@code dir}, as bytes. */
  public static byte[] readlinkat(int dir, String name) throws PosixException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment cName = arena.allocateFrom(name);
      MemorySegment text = arena.allocate(4096);
      long length =
          Posix.invoke(
              "readlinkat " + name,
              s -> (long) Names.READLINKAT.invokeExact(s, dir, cName, text, text.byteSize()));
      return text.asSlice(0, length).toArray(JAVA_BYTE);
    }
  }

  public static void linkat(int fromDir, String from, int toDir, String to) throws PosixException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment cFrom = arena.allocateFrom(from);
      MemorySegment cTo = arena.allocateFrom(to);
      Posix.invoke(
          "linkat " + from, s -> (int) Names.LINKAT.invokeExact(s, fromDir, cFrom, toDir, cTo, 0));
    }
  }

  public static void renameat(int fromDir, String from, int toDir, String to)
      throws PosixException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment cFrom = arena.allocateFrom(from);
      MemorySegment cTo = arena.allocateFrom(to);
      Posix.invoke(
          "renameat " + from, s -> (int) Names.RENAMEAT.invokeExact(s, fromDir, cFrom, toDir, cTo));
    }
  }

  public static void unlinkat(int dir, String name, int flags) throws PosixException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment cName = arena.allocateFrom(name);
      Posix.invoke("unlinkat " + name, s -> (int) Names.UNLINKAT.invokeExact(s, dir, cName, flags));
    }
  }

  /**
   * Sets access and modification times ({@code timespec[2]} as four longs, {@link #UTIME_OMIT} for
   * one left alone) of {@code name} below {@code dir}, or of {@code dir} itself when {@code name}
   * is null ({@code futimens}).
   */
  public static void utimensat(int dir, String name, long[] times, int flags)
      throws PosixException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment spec = arena.allocateFrom(JAVA_LONG, times);
      if (name == null) {
        Posix.invoke("futimens", s -> (int) Changes.FUTIMENS.invokeExact(s, dir, spec));
        return;
      }
      MemorySegment cName = arena.allocateFrom(name);
      Posix.invoke(
          "utimensat " + name,
          s -> (int) Changes.UTIMENSAT.invokeExact(s, dir, cName, spec, flags));
    }
  }

  public static void ftruncate(int fd, long size) throws PosixException {
    Posix.invoke("ftruncate", s -> (int) Changes.FTRUNCATE.invokeExact(s, fd, size));
  }

  public static void allocate(int fd, long offset, long length) throws PosixException {
    int error;
    try {
      error = (int) Changes.POSIX_FALLOCATE.invokeExact(fd, offset, length);
    } catch (Throwable t) {
      throw new IllegalStateException("calling posix_fallocate failed", t);
    }
    if (error != 0) {
      throw new PosixException("posix_fallocate", error);
    }
  }

  /** Lists directory {@code fd} from its start, through a duplicate, so {@code fd} stays open. */
  public static List<DirectoryEntry> readdir(int fd) throws PosixException {
    int copy = (int) Posix.invoke("dup", s -> (int) Listing.DUP.invokeExact(s, fd));
    MemorySegment dir;
    try {
      Posix.seek(copy, 0, SEEK_SET);
      dir = fdopendir(copy);
    } catch (PosixException e) {
      Posix.close(copy);
      throw e;
    }
    try {
      return entries(dir);
    } finally {
      closedir(dir); // closes the duplicate too
    }
  }

  private static MemorySegment fdopendir(int fd) throws PosixException {
    MemorySegment state = Posix.captureState();
    MemorySegment dir;
    try {
      dir = (MemorySegment) Listing.FDOPENDIR.invokeExact(state, fd);
    } catch (Throwable t) {
      throw new IllegalStateException("calling fdopendir failed", t);
    }
    if (dir.address() == 0) {
      throw Posix.failure("fdopendir", state);
    }
    return dir;
  }

  private static List<DirectoryEntry> entries(MemorySegment dir) {
    List<DirectoryEntry> entries = new ArrayList<>();
    while (true) {
      MemorySegment entry;
      try {
        entry = (MemorySegment) Listing.READDIR.invokeExact(Posix.captureState(), dir);
      } catch (Throwable t) {
        throw new IllegalStateException("calling readdir failed", t);
      }
      if (entry.address() == 0) {
        return entries;
      }
      MemorySegment e = entry.reinterpret(19 + 256);
      entries.add(
          new DirectoryEntry(e.getString(19), e.get(JAVA_LONG, 0), e.get(JAVA_BYTE, 18) & 0xFF));
    }
  }

  private static void closedir(MemorySegment dir) {
    try {
      int ignored = (int) Listing.CLOSEDIR.invokeExact(dir);
    } catch (Throwable t) {
      throw new IllegalStateException("calling closedir failed", t);
    }
  }
}
