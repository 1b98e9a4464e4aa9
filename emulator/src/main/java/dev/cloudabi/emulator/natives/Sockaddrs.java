package dev.cloudabi.emulator.natives;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.charset.StandardCharsets;

/** Linux {@code sockaddr_in}, {@code sockaddr_in6} and {@code sockaddr_un} in native memory. */
final class Sockaddrs {
  static final short AF_UNIX = 1;
  static final short AF_INET = 2;
  static final short AF_INET6 = 10;
  private static final int SUN_PATH_SIZE = 108;

  private Sockaddrs() {}

  /** The address family {@code address} needs. */
  static short family(SocketAddress address) {
    return switch (address) {
      case UnixDomainSocketAddress unix -> AF_UNIX;
      case InetSocketAddress inet when inet.getAddress() instanceof Inet6Address -> AF_INET6;
      case InetSocketAddress inet -> AF_INET;
      default -> throw unsupported(address);
    };
  }

  /** {@code address} encoded for {@code bind}/{@code connect}; its size is the address length. */
  static MemorySegment encode(Arena arena, SocketAddress address) {
    return switch (address) {
      case UnixDomainSocketAddress unix -> unix(arena, unix);
      case InetSocketAddress inet -> inet(arena, inet);
      default -> throw unsupported(address);
    };
  }

  private static MemorySegment unix(Arena arena, UnixDomainSocketAddress address) {
    byte[] path = address.getPath().toString().getBytes(StandardCharsets.UTF_8);
    if (path.length >= SUN_PATH_SIZE) {
      throw new IllegalArgumentException(
          "Socket path " + address.getPath() + " too long (at most 107 bytes)");
    }
    // sun_family, then the path and its terminating NUL.
    MemorySegment sockaddr = arena.allocate(2L + path.length + 1, 2);
    sockaddr.set(JAVA_SHORT, 0, AF_UNIX);
    MemorySegment.copy(path, 0, sockaddr, JAVA_BYTE, 2, path.length);
    return sockaddr;
  }

  private static MemorySegment inet(Arena arena, InetSocketAddress address) {
    if (address.isUnresolved()) {
      throw new IllegalArgumentException(address.getHostString() + " is not resolved");
    }
    byte[] host = address.getAddress().getAddress();
    boolean v6 = address.getAddress() instanceof Inet6Address;
    // sockaddr_in: family, port (big-endian), 4 address bytes, 8 zero bytes = 16.
    // sockaddr_in6: family, port, flowinfo, 16 address bytes, scope id = 28.
    MemorySegment sockaddr = arena.allocate(v6 ? 28 : 16, 4);
    sockaddr.set(JAVA_SHORT, 0, v6 ? AF_INET6 : AF_INET);
    sockaddr.set(JAVA_BYTE, 2, (byte) (address.getPort() >>> 8));
    sockaddr.set(JAVA_BYTE, 3, (byte) address.getPort());
    MemorySegment.copy(host, 0, sockaddr, JAVA_BYTE, v6 ? 8 : 4, host.length);
    if (v6) {
      sockaddr.set(JAVA_INT, 24, ((Inet6Address) address.getAddress()).getScopeId());
    }
    return sockaddr;
  }

  private static IllegalArgumentException unsupported(SocketAddress address) {
    return new IllegalArgumentException("unsupported socket address " + address);
  }
}
