package dev.cloudabi.emulator.natives;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * POSIX {@code read}/{@code write}/{@code open}/{@code close} on raw host descriptors, straight
 * from and into guest memory (no copy through the Java heap). The descriptor-heavy syscall path
 * (one-byte writes) needs this to stay near native speed.
 */
public final class PosixIo {
  private static final Linker LINKER = Linker.nativeLinker();
  private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
  private static final VarHandle ERRNO =
      CALL_STATE.varHandle(java.lang.foreign.MemoryLayout.PathElement.groupElement("errno"));
  private static final MethodHandle READ = io("read");
  private static final MethodHandle WRITE = io("write");
  private static final MethodHandle OPEN =
      LINKER.downcallHandle(
          LINKER.defaultLookup().find("open").orElseThrow(),
          FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT),
          Linker.Option.captureCallState("errno"),
          Linker.Option.firstVariadicArg(2));
  private static final MethodHandle CLOSE =
      LINKER.downcallHandle(
          LINKER.defaultLookup().find("close").orElseThrow(),
          FunctionDescriptor.of(JAVA_INT, JAVA_INT));
  private static final MethodHandle POLL =
      LINKER.downcallHandle(
          LINKER.defaultLookup().find("poll").orElseThrow(),
          FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
  private static final short POLLIN = 1;
  private static final int EINTR = 4;
  private static final ThreadLocal<MemorySegment> STATE =
      ThreadLocal.withInitial(() -> Arena.global().allocate(CALL_STATE));

  public static final int O_RDONLY = 0;
  public static final int O_WRONLY = 1;

  private PosixIo() {}

  private static MethodHandle io(String name) {
    return LINKER.downcallHandle(
        LINKER.defaultLookup().find(name).orElseThrow(),
        FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG),
        Linker.Option.captureCallState("errno"));
  }

  /** Writes once (may be partial); retries on EINTR. */
  public static long write(int fd, MemorySegment src) throws IOException {
    return transfer(WRITE, "write", fd, src);
  }

  /** Reads once; 0 = end of file; retries on EINTR. */
  public static long read(int fd, MemorySegment dst) throws IOException {
    return transfer(READ, "read", fd, dst);
  }

  private static long transfer(MethodHandle handle, String name, int fd, MemorySegment buffer)
      throws IOException {
    MemorySegment state = STATE.get();
    while (true) {
      long n;
      try {
        n = (long) handle.invokeExact(state, fd, buffer, buffer.byteSize());
      } catch (Throwable t) {
        throw new IOException(name + " failed: " + t);
      }
      if (n >= 0) {
        return n;
      }
      int errno = (int) ERRNO.get(state, 0L);
      if (errno != EINTR) {
        throw new HostErrnoException(name, errno);
      }
    }
  }

  /**
   * Waits up to {@code timeoutMillis} for {@code fd} to become readable (or hung up / in error,
   * which a following read reports). Lets a blocking read notice that the run is ending.
   */
  public static boolean waitReadable(int fd, int timeoutMillis) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment pollfd = arena.allocate(8, 4);
      pollfd.set(JAVA_INT, 0, fd);
      pollfd.set(java.lang.foreign.ValueLayout.JAVA_SHORT, 4, POLLIN);
      int n = (int) POLL.invokeExact(pollfd, 1L, timeoutMillis);
      return n != 0;
    } catch (Throwable t) {
      return true;
    }
  }

  /** Opens a host path; the caller owns the descriptor. */
  public static int open(String path, int flags) throws IOException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(CALL_STATE);
      int fd = (int) OPEN.invokeExact(state, arena.allocateFrom(path), flags, 0);
      if (fd < 0) {
        throw new HostErrnoException("open " + path, (int) ERRNO.get(state, 0L));
      }
      return fd;
    } catch (IOException e) {
      throw e;
    } catch (Throwable t) {
      throw new IOException("open failed: " + t);
    }
  }

  public static void close(int fd) {
    try {
      int ignored = (int) CLOSE.invokeExact(fd);
    } catch (Throwable t) {
      throw new NativeLibraryException("close failed: " + t);
    }
  }

  /** A failed POSIX call with its host errno. */
  public static final class HostErrnoException extends IOException {
    private final int errno;

    HostErrnoException(String call, int errno) {
      super(call + ": host errno " + errno);
      this.errno = errno;
    }

    public int errno() {
      return errno;
    }
  }
}
