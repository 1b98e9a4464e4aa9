package dev.cloudabi.emulator.host;

import dev.cloudabi.emulator.fd.SocketObject;
import java.io.IOException;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Optional;

/** Opens host sockets for a launcher ({@code !socket}); like paths, addresses need the token. */
public final class HostSockets {
  private HostSockets() {}

  /**
   * A stream socket bound to {@code address} and listening (upstream binds with {@code
   * SO_REUSEADDR} and a backlog of 0; we keep the platform's default backlog so a burst of clients
   * is not refused).
   */
  public static SocketObject listen(AmbientAuthority authority, SocketAddress address)
      throws IOException {
    requireAuthority(authority);
    ServerSocketChannel channel =
        address instanceof UnixDomainSocketAddress
            ? ServerSocketChannel.open(StandardProtocolFamily.UNIX)
            : ServerSocketChannel.open();
    try {
      if (!(address instanceof UnixDomainSocketAddress)) {
        channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
      }
      channel.bind(address);
      return new HostListener(channel);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** A stream socket connected to {@code address}. */
  public static SocketObject connect(AmbientAuthority authority, SocketAddress address)
      throws IOException {
    requireAuthority(authority);
    SocketChannel channel =
        address instanceof UnixDomainSocketAddress
            ? SocketChannel.open(StandardProtocolFamily.UNIX)
            : SocketChannel.open();
    try {
      channel.connect(address);
      return new HostSocket(channel);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** A channel's address for {@code sock_stat_get}/{@code sock_accept}; empty if unavailable. */
  static Optional<SocketAddress> address(AddressQuery query) {
    try {
      return Optional.ofNullable(query.get());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @FunctionalInterface
  interface AddressQuery {
    SocketAddress get() throws IOException;
  }

  private static void requireAuthority(AmbientAuthority authority) {
    if (authority == null) {
      throw new IllegalArgumentException("opening host sockets needs AmbientAuthority");
    }
  }
}
