package dev.cloudabi.emulator.natives;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/** Connected descriptor pairs: {@code pipe2} and {@code socketpair(AF_UNIX)} (close-on-exec). */
public final class PosixPairs {
  public static final int SOCK_STREAM = 1;
  public static final int SOCK_DGRAM = 2;
  private static final int AF_UNIX = 1;
  private static final int O_CLOEXEC = 0x80000;
  private static final int SOCK_CLOEXEC = 0x80000;

  private static final MethodHandle PIPE2 = Posix.handle("pipe2", JAVA_INT, ADDRESS, JAVA_INT);
  private static final MethodHandle SOCKETPAIR =
      Posix.handle("socketpair", JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS);

  private PosixPairs() {}

  /** A pipe: element 0 is the read end, element 1 the write end. */
  public static int[] pipe() throws PosixException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment fds = arena.allocate(JAVA_INT, 2);
      Posix.invoke("pipe2", s -> (int) PIPE2.invokeExact(s, fds, O_CLOEXEC));
      return fds.toArray(JAVA_INT);
    }
  }

  /** Two connected UNIX sockets of {@code type} ({@link #SOCK_STREAM} or {@link #SOCK_DGRAM}). */
  public static int[] socketPair(int type) throws PosixException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment fds = arena.allocate(JAVA_INT, 2);
      Posix.invoke(
          "socketpair", s -> (int) SOCKETPAIR.invokeExact(s, AF_UNIX, type | SOCK_CLOEXEC, 0, fds));
      return fds.toArray(JAVA_INT);
    }
  }
}
