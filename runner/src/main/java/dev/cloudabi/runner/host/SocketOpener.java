package dev.cloudabi.runner.host;

import dev.cloudabi.emulator.fd.InjectedFd;
import dev.cloudabi.emulator.fd.SocketObject;
import dev.cloudabi.emulator.host.AmbientAuthority;
import dev.cloudabi.emulator.host.HostSockets;
import dev.cloudabi.emulator.host.SocketKind;
import dev.cloudabi.runner.config.ConfigException;
import dev.cloudabi.runner.config.DescriptorSpec;
import dev.cloudabi.runner.config.SocketAddressSpec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;

/**
 * {@code !socket}: a stream, datagram or sequenced-packet socket that binds (and listens, where the
 * type can), or connects, on the host. The descriptor gets the socket rights of early 2017
 * (SOCK_ACCEPT and SOCK_STAT_GET included), which the binaries of that dialect check (ABI §13.3).
 */
final class SocketOpener {
  private SocketOpener() {}

  static InjectedFd open(AmbientAuthority authority, DescriptorSpec.Socket spec)
      throws ConfigException {
    SocketAddress address = resolve(spec);
    SocketKind kind = kind(spec.type());
    boolean bind = spec.mode() == DescriptorSpec.SocketMode.BIND;
    try {
      SocketObject socket =
          bind
              ? HostSockets.bind(authority, kind, address)
              : HostSockets.connect(authority, kind, address);
      return HostDescriptorOpener.launcherRights(socket);
    } catch (IOException | RuntimeException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new ConfigException(
          spec.position(),
          "Failed to " + (bind ? "bind to " : "connect to ") + spec.address() + ": " + reason);
    }
  }

  private static SocketKind kind(DescriptorSpec.SocketType type) {
    return switch (type) {
      case STREAM -> SocketKind.STREAM;
      case DGRAM -> SocketKind.DGRAM;
      case SEQPACKET -> SocketKind.SEQPACKET;
    };
  }

  /** The address; a name with several addresses uses the first, as connecting clients would. */
  private static SocketAddress resolve(DescriptorSpec.Socket spec) throws ConfigException {
    return switch (spec.address()) {
      case SocketAddressSpec.Unix unix -> UnixDomainSocketAddress.of(unix.path());
      case SocketAddressSpec.Inet inet -> {
        try {
          InetAddress host = InetAddress.getAllByName(inet.host())[0];
          yield new InetSocketAddress(host, inet.port());
        } catch (UnknownHostException e) {
          throw new ConfigException(
              spec.position(), "Failed to resolve " + inet.host() + ": unknown host");
        }
      }
    };
  }
}
