package dev.cloudabi.emulator.natives;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/** {@code poll(2)} over several host descriptors, and {@code ioctl(FIONREAD)}. Linux values. */
public final class PosixPoll {
  public static final short POLLIN = 0x001;
  public static final short POLLOUT = 0x004;
  public static final short POLLERR = 0x008;
  public static final short POLLHUP = 0x010;
  public static final short POLLNVAL = 0x020;
  private static final long FIONREAD = 0x541B;

  // Holders linked on first use: a blocking stdin read polls, only a guest's poll asks FIONREAD.
  private static final class Poll {
    static final MethodHandle POLL = Posix.handle("poll", JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT);
  }

  private static final class Ioctl {
    static final MethodHandle IOCTL =
        Posix.variadic("ioctl", 2, JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS);
  }

  private PosixPoll() {}

  /**
   * Waits up to {@code timeoutMillis} until one of {@code fds} has one of its {@code events}; fills
   * {@code revents} and returns how many descriptors have some.
   */
  public static int poll(int[] fds, short[] events, short[] revents, int timeoutMillis)
      throws PosixException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment pollfds = arena.allocate(8L * Math.max(1, fds.length), 4);
      for (int i = 0; i < fds.length; i++) {
        pollfds.set(JAVA_INT, 8L * i, fds[i]);
        pollfds.set(JAVA_SHORT, 8L * i + 4, events[i]);
      }
      long count = fds.length;
      int ready =
          (int)
              Posix.invoke(
                  "poll", s -> (int) Poll.POLL.invokeExact(s, pollfds, count, timeoutMillis));
      for (int i = 0; i < fds.length; i++) {
        revents[i] = pollfds.get(JAVA_SHORT, 8L * i + 6);
      }
      return ready;
    }
  }

  /** Bytes that can be read without blocking ({@code FIONREAD}). */
  public static long bytesReadable(int fd) throws PosixException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment count = arena.allocate(JAVA_INT);
      Posix.invoke("ioctl(FIONREAD)", s -> (int) Ioctl.IOCTL.invokeExact(s, fd, FIONREAD, count));
      return count.get(JAVA_INT, 0) & 0xFFFF_FFFFL;
    }
  }
}
