package dev.cloudabi.emulator.host;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * The libc calls of the host file system backend (Linux, glibc), through FFM. Every path-taking
 * call is an {@code *at()} call relative to a directory descriptor; errno is captured with {@code
 * Linker.Option.captureCallState}. Results: the raw return value; on failure {@link #errno()} of
 * the calling thread holds the host errno (copied from the capture segment).
 */
final class Libc {
  static final int O_RDONLY = 0;
  static final int O_WRONLY = 1;
  static final int O_RDWR = 2;
  static final int O_CREAT = 0x40;
  static final int O_EXCL = 0x80;
  static final int O_NOCTTY = 0x100;
  static final int O_TRUNC = 0x200;
  static final int O_APPEND = 0x400;
  static final int O_NONBLOCK = 0x800;
  static final int O_CLOEXEC = 0x80000;
  static final int O_DIRECTORY;
  static final int O_NOFOLLOW;
  static final int F_GETFL = 3;
  static final int F_SETFL = 4;
  static final int AT_FDCWD = -100;
  static final int AT_SYMLINK_NOFOLLOW = 0x100;
  static final int AT_REMOVEDIR = 0x200;
  static final int AT_EMPTY_PATH = 0x1000;
  static final int STATX_BASIC_STATS = 0x7ff;
  static final long UTIME_OMIT = (1L << 30) - 2;
  static final int S_IFMT = 0xF000;
  static final int S_IFDIR = 0x4000;
  static final int S_IFREG = 0x8000;
  static final int S_IFLNK = 0xA000;
  static final int S_IFCHR = 0x2000;
  static final int S_IFBLK = 0x6000;
  static final int S_IFIFO = 0x1000;
  static final int S_IFSOCK = 0xC000;

  static {
    boolean arm = System.getProperty("os.arch").contains("aarch64");
    O_DIRECTORY = arm ? 0x4000 : 0x10000;
    O_NOFOLLOW = arm ? 0x8000 : 0x20000;
  }

  private static final Linker LINKER = Linker.nativeLinker();
  private static final SymbolLookup LIBC = LINKER.defaultLookup();
  private static final StructLayout CAPTURE = Linker.Option.captureStateLayout();
  private static final VarHandle ERRNO =
      CAPTURE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
  private static final ThreadLocal<int[]> LAST_ERRNO = ThreadLocal.withInitial(() -> new int[1]);

  private static final MethodHandle OPENAT =
      errnoCall(
          "openat",
          FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT),
          Linker.Option.firstVariadicArg(3));
  private static final MethodHandle FCNTL =
      errnoCall(
          "fcntl",
          FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT),
          Linker.Option.firstVariadicArg(2));
  private static final MethodHandle CLOSE =
      call("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
  private static final MethodHandle DUP =
      errnoCall("dup", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
  private static final MethodHandle MKDIRAT =
      errnoCall("mkdirat", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
  private static final MethodHandle SYMLINKAT =
      errnoCall("symlinkat", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
  private static final MethodHandle READLINKAT =
      errnoCall(
          "readlinkat", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG));
  private static final MethodHandle LINKAT =
      errnoCall(
          "linkat",
          FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT));
  private static final MethodHandle RENAMEAT =
      errnoCall("renameat", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS));
  private static final MethodHandle UNLINKAT =
      errnoCall("unlinkat", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
  private static final MethodHandle STATX =
      errnoCall(
          "statx", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, ADDRESS));
  private static final MethodHandle UTIMENSAT =
      errnoCall("utimensat", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT));
  private static final MethodHandle FUTIMENS =
      errnoCall("futimens", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
  private static final MethodHandle FTRUNCATE =
      errnoCall("ftruncate", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG));
  private static final MethodHandle FSYNC =
      errnoCall("fsync", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
  private static final MethodHandle FDATASYNC =
      errnoCall("fdatasync", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
  private static final MethodHandle POSIX_FALLOCATE =
      call("posix_fallocate", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, JAVA_LONG));
  private static final MethodHandle READ =
      errnoCall("read", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
  private static final MethodHandle WRITE =
      errnoCall("write", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG));
  private static final MethodHandle PREAD =
      errnoCall("pread", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG));
  private static final MethodHandle PWRITE =
      errnoCall(
          "pwrite", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG));
  private static final MethodHandle LSEEK =
      errnoCall("lseek", FunctionDescriptor.of(JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_INT));

  private Libc() {}

  static MethodHandle call(String name, FunctionDescriptor descriptor) {
    return LINKER.downcallHandle(LIBC.findOrThrow(name), descriptor);
  }

  static MethodHandle errnoCall(
      String name, FunctionDescriptor descriptor, Linker.Option... extra) {
    Linker.Option[] options = new Linker.Option[extra.length + 1];
    options[0] = Linker.Option.captureCallState("errno");
    System.arraycopy(extra, 0, options, 1, extra.length);
    return LINKER.downcallHandle(LIBC.findOrThrow(name), descriptor, options);
  }

  /** The host errno of this thread's last failed call. */
  static int errno() {
    return LAST_ERRNO.get()[0];
  }

  static MemorySegment capture(Arena arena) {
    return arena.allocate(CAPTURE);
  }

  static long finish(long result, MemorySegment capture) {
    if (result < 0) {
      LAST_ERRNO.get()[0] = (int) ERRNO.get(capture, 0L);
    }
    return result;
  }

  static int openat(int dir, String name, int flags, int mode) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment c = capture(arena);
      return (int)
          finish((int) OPENAT.invokeExact(c, dir, arena.allocateFrom(name), flags, mode), c);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  static int fcntl(int fd, int command, int argument) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment c = capture(arena);
      return (int) finish((int) FCNTL.invokeExact(c, fd, command, argument), c);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  static int close(int fd) {
    try {
      return (int) CLOSE.invokeExact(fd);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  static int dup(int fd) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment c = capture(arena);
      return (int) finish((int) DUP.invokeExact(c, fd), c);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  static int mkdirat(int dir, String name, int mode) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment c = capture(arena);
      return (int) finish((int) MKDIRAT.invokeExact(c, dir, arena.allocateFrom(name), mode), c);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  static int symlinkat(String target, int dir, String name) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment c = capture(arena);
      return (int)
          finish(
              (int)
                  SYMLINKAT.invokeExact(
                      c, arena.allocateFrom(target), dir, arena.allocateFrom(name)),
              c);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /** The link text as bytes, or null with {@link #errno()} set. */
  static byte[] readlinkat(int dir, String name) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment c = capture(arena);
      MemorySegment buf = arena.allocate(4096);
      long n =
          finish((long) READLINKAT.invokeExact(c, dir, arena.allocateFrom(name), buf, 4096L), c);
      return n < 0 ? null : buf.asSlice(0, n).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  static int linkat(int fromDir, String from, int toDir, String to) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment c = capture(arena);
      return (int)
          finish(
              (int)
                  LINKAT.invokeExact(
                      c, fromDir, arena.allocateFrom(from), toDir, arena.allocateFrom(to), 0),
              c);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  static int renameat(int fromDir, String from, int toDir, String to) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment c = capture(arena);
      return (int)
          finish(
              (int)
                  RENAMEAT.invokeExact(
                      c, fromDir, arena.allocateFrom(from), toDir, arena.allocateFrom(to)),
              c);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  static int unlinkat(int dir, String name, int flags) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment c = capture(arena);
      return (int) finish((int) UNLINKAT.invokeExact(c, dir, arena.allocateFrom(name), flags), c);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /** {@code statx} into {@code out} (256 bytes); {@code name} "" with AT_EMPTY_PATH = fstat. */
  static int statx(int dir, String name, int flags, MemorySegment out) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment c = capture(arena);
      return (int)
          finish(
              (int)
                  STATX.invokeExact(
                      c, dir, arena.allocateFrom(name), flags, STATX_BASIC_STATS, out),
              c);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /** {@code utimensat}, or {@code futimens} on the descriptor itself when {@code name} is null. */
  static int utimensat(int dir, String name, long[] times, int flags) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment c = capture(arena);
      MemorySegment spec = arena.allocateFrom(JAVA_LONG, times);
      if (name == null) {
        return (int) finish((int) FUTIMENS.invokeExact(c, dir, spec), c);
      }
      return (int)
          finish((int) UTIMENSAT.invokeExact(c, dir, arena.allocateFrom(name), spec, flags), c);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  static int ftruncate(int fd, long size) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment c = capture(arena);
      return (int) finish((int) FTRUNCATE.invokeExact(c, fd, size), c);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  static int fsync(int fd, boolean dataOnly) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment c = capture(arena);
      int r = dataOnly ? (int) FDATASYNC.invokeExact(c, fd) : (int) FSYNC.invokeExact(c, fd);
      return (int) finish(r, c);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /** Returns 0 or the host errno (posix_fallocate does not set errno). */
  static int posixFallocate(int fd, long offset, long length) {
    try {
      return (int) POSIX_FALLOCATE.invokeExact(fd, offset, length);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  static long read(int fd, MemorySegment dst) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment c = capture(arena);
      return finish((long) READ.invokeExact(c, fd, dst, dst.byteSize()), c);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  static long write(int fd, MemorySegment src) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment c = capture(arena);
      return finish((long) WRITE.invokeExact(c, fd, src, src.byteSize()), c);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  static long pread(int fd, MemorySegment dst, long offset) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment c = capture(arena);
      return finish((long) PREAD.invokeExact(c, fd, dst, dst.byteSize(), offset), c);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  static long pwrite(int fd, MemorySegment src, long offset) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment c = capture(arena);
      return finish((long) PWRITE.invokeExact(c, fd, src, src.byteSize(), offset), c);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  static long lseek(int fd, long offset, int whence) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment c = capture(arena);
      return finish((long) LSEEK.invokeExact(c, fd, offset, whence), c);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(t);
  }
}
