package dev.cloudabi.emulator.syscall;

import dev.cloudabi.emulator.memory.GuestMemory;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;

/**
 * The 2017 {@code sockstat} (48 bytes, ABI §7.3): {@code ss_sockname} @0, {@code ss_peername} @20
 * (each a 20-byte {@code sockaddr}), {@code ss_error} @40, {@code ss_state} @44. Ports are stored
 * in host order, as the reference emulator did.
 */
final class Sockstat {
  static final int SIZE = 48;
  static final int ACCEPTCONN = 1;
  private static final int SOCKADDR_SIZE = 20;
  private static final int AF_UNSPEC = 0;
  private static final int AF_INET = 1;
  private static final int AF_INET6 = 2;
  private static final int AF_UNIX = 3;

  private Sockstat() {}

  static void write(
      GuestMemory memory,
      long buf,
      SocketAddress local,
      SocketAddress peer,
      int error,
      boolean listening) {
    memory.writeBytes(buf, new byte[SIZE]);
    sockaddr(memory, buf, local);
    sockaddr(memory, buf + SOCKADDR_SIZE, peer);
    memory.writeU16(buf + 40, error);
    memory.writeU32(buf + 44, listening ? ACCEPTCONN : 0);
  }

  private static void sockaddr(GuestMemory memory, long at, SocketAddress address) {
    switch (address) {
      case InetSocketAddress inet when inet.getAddress() instanceof Inet4Address v4 -> {
        memory.writeU8(at, AF_INET);
        memory.writeBytes(at + 2, v4.getAddress());
        memory.writeU16(at + 6, inet.getPort());
      }
      case InetSocketAddress inet when inet.getAddress() instanceof Inet6Address v6 -> {
        memory.writeU8(at, AF_INET6);
        memory.writeBytes(at + 2, v6.getAddress());
        memory.writeU16(at + 18, inet.getPort());
      }
      case UnixDomainSocketAddress unix -> memory.writeU8(at, AF_UNIX);
      case null, default -> memory.writeU8(at, AF_UNSPEC);
    }
  }
}
