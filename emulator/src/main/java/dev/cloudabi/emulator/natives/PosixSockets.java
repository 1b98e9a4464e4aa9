package dev.cloudabi.emulator.natives;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.net.SocketAddress;

/**
 * Creating sockets on the host: {@code socket}, {@code setsockopt}, {@code bind}, {@code listen},
 * {@code connect}. Only a launcher's {@code !socket} needs them, so they are linked when this class
 * is first used, not with the calls of every run.
 */
public final class PosixSockets {
  public static final int SOCK_STREAM = 1;
  public static final int SOCK_DGRAM = 2;
  public static final int SOCK_SEQPACKET = 5;
  private static final int SOCK_CLOEXEC = 0x80000;
  private static final int SO_REUSEADDR = 2;
  private static final int SO_ERROR = 4;
  private static final int EISCONN = 106;
  private static final int EALREADY = 114;

  private static final MethodHandle SOCKET =
      Posix.handle("socket", JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT);
  private static final MethodHandle SETSOCKOPT =
      Posix.handle("setsockopt", JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT);
  private static final MethodHandle BIND =
      Posix.handle("bind", JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT);
  private static final MethodHandle LISTEN = Posix.handle("listen", JAVA_INT, JAVA_INT, JAVA_INT);
  private static final MethodHandle CONNECT =
      Posix.handle("connect", JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT);

  private PosixSockets() {}

  /**
   * A new close-on-exec socket of {@code type} in the family {@code address} belongs to (UNIX, IPv4
   * or IPv6); the caller owns the descriptor.
   *
   * @throws IllegalArgumentException for an address that is neither UNIX nor resolved inet
   */
  public static int open(SocketAddress address, int type) throws PosixException {
    int family = Sockaddrs.family(address);
    return (int)
        Posix.invoke("socket", s -> (int) SOCKET.invokeExact(s, family, type | SOCK_CLOEXEC, 0));
  }

  /** {@code SO_REUSEADDR}: a restarted server can bind while old connections linger. */
  public static void reuseAddress(int fd) throws PosixException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment one = arena.allocate(JAVA_INT);
      one.set(JAVA_INT, 0, 1);
      Posix.invoke(
          "setsockopt",
          s -> (int) SETSOCKOPT.invokeExact(s, fd, Posix.SOL_SOCKET, SO_REUSEADDR, one, 4));
    }
  }

  public static void bind(int fd, SocketAddress address) throws PosixException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment sockaddr = Sockaddrs.encode(arena, address);
      int length = (int) sockaddr.byteSize();
      Posix.invoke("bind", s -> (int) BIND.invokeExact(s, fd, sockaddr, length));
    }
  }

  public static void listen(int fd, int backlog) throws PosixException {
    Posix.invoke("listen", s -> (int) LISTEN.invokeExact(s, fd, backlog));
  }

  /**
   * Connects, blocking until the connection is made or refused. A {@code connect} interrupted by a
   * signal goes on in the background; retrying it then says EALREADY (still going: wait for the
   * outcome) or EISCONN (done).
   */
  public static void connect(int fd, SocketAddress address) throws PosixException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment sockaddr = Sockaddrs.encode(arena, address);
      int length = (int) sockaddr.byteSize();
      Posix.invoke("connect", s -> (int) CONNECT.invokeExact(s, fd, sockaddr, length));
    } catch (PosixException e) {
      switch (e.errno()) {
        case EISCONN -> {} // a fresh socket: only a retried call that already succeeded says so
        case EALREADY -> awaitConnection(fd);
        default -> throw e;
      }
    }
  }

  private static void awaitConnection(int fd) throws PosixException {
    // Without a timeout, poll returns only once the outcome is known.
    PosixPoll.poll(new int[] {fd}, new short[] {PosixPoll.POLLOUT}, new short[1], -1);
    int error = Posix.intOption(fd, SO_ERROR);
    if (error != 0) {
      throw new PosixException("connect", error);
    }
  }
}
