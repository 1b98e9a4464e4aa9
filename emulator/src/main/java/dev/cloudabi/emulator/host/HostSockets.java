package dev.cloudabi.emulator.host;

import dev.cloudabi.emulator.fd.SocketObject;
import dev.cloudabi.emulator.natives.Posix;
import dev.cloudabi.emulator.natives.PosixException;
import dev.cloudabi.emulator.natives.PosixSockets;
import java.io.IOException;
import java.net.SocketAddress;

/**
 * Opens host sockets for a launcher ({@code !socket}); like paths, addresses need the token. The
 * sockets are raw host descriptors ({@link PosixSocket}), so datagram and sequenced-packet sockets
 * keep their message boundaries and every kind can pass descriptors and be polled.
 */
public final class HostSockets {
  /**
   * Upstream listens with a backlog of 0; we ask for the host's maximum (Linux caps it at {@code
   * net.core.somaxconn}) so that a burst of clients is not refused.
   */
  private static final int BACKLOG = 4096;

  private static final int EOPNOTSUPP = 95;

  private HostSockets() {}

  /**
   * A socket of {@code kind} bound to {@code address}: {@code SO_REUSEADDR}, {@code bind}, then
   * {@code listen}, which datagram sockets refuse and need not.
   *
   * @throws HostSocketException naming the host's reason, e.g. "Address already in use"
   */
  public static SocketObject bind(
      AmbientAuthority authority, SocketKind kind, SocketAddress address) throws IOException {
    requireAuthority(authority);
    return open(
        kind,
        address,
        fd -> {
          PosixSockets.reuseAddress(fd);
          PosixSockets.bind(fd, address);
          try {
            PosixSockets.listen(fd, BACKLOG);
          } catch (PosixException e) {
            if (e.errno() != EOPNOTSUPP) {
              throw e;
            }
          }
        });
  }

  /**
   * A socket of {@code kind} connected to {@code address}.
   *
   * @throws HostSocketException naming the host's reason, e.g. "Connection refused"
   */
  public static SocketObject connect(
      AmbientAuthority authority, SocketKind kind, SocketAddress address) throws IOException {
    requireAuthority(authority);
    return open(kind, address, fd -> PosixSockets.connect(fd, address));
  }

  @FunctionalInterface
  private interface Setup {
    void apply(int fd) throws PosixException;
  }

  private static SocketObject open(SocketKind kind, SocketAddress address, Setup setup)
      throws IOException {
    int fd;
    try {
      fd = PosixSockets.open(address, kind.hostType());
    } catch (PosixException e) {
      throw new HostSocketException(e);
    }
    try {
      setup.apply(fd);
      return new PosixSocket(fd);
    } catch (PosixException e) {
      Posix.close(fd);
      throw new HostSocketException(e);
    } catch (IOException | RuntimeException e) {
      Posix.close(fd);
      throw e;
    }
  }

  private static void requireAuthority(AmbientAuthority authority) {
    if (authority == null) {
      throw new IllegalArgumentException("opening host sockets needs AmbientAuthority");
    }
  }
}
