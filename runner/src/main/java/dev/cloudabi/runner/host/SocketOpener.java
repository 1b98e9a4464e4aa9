package dev.cloudabi.runner.host;

import dev.cloudabi.emulator.fd.InjectedFd;
import dev.cloudabi.emulator.fd.SocketObject;
import dev.cloudabi.emulator.host.AmbientAuthority;
import dev.cloudabi.emulator.host.HostSockets;
import dev.cloudabi.runner.config.ConfigException;
import dev.cloudabi.runner.config.DescriptorSpec;
import dev.cloudabi.runner.config.SocketAddressSpec;
import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;

/**
 * {@code !socket}: binds and listens, or connects, on the host. The descriptor gets the socket
 * rights of early 2017 (SOCK_ACCEPT and SOCK_STAT_GET included), which the binaries of that dialect
 * check (ABI §13.3).
 */
final class SocketOpener {
  private SocketOpener() {}

  static InjectedFd open(AmbientAuthority authority, DescriptorSpec.Socket spec)
      throws ConfigException {
    if (spec.type() != DescriptorSpec.SocketType.STREAM) {
      throw new ConfigException(
          spec.position(),
          "Only stream sockets are supported so far, not " + spec.type().name().toLowerCase());
    }
    SocketAddress address = resolve(spec);
    String verb = spec.mode() == DescriptorSpec.SocketMode.BIND ? "bind to" : "connect to";
    try {
      SocketObject socket =
          spec.mode() == DescriptorSpec.SocketMode.BIND
              ? HostSockets.listen(authority, address)
              : HostSockets.connect(authority, address);
      return HostDescriptorOpener.launcherRights(socket);
    } catch (BindException e) {
      throw new ConfigException(
          spec.position(),
          "Failed to " + verb + " " + spec.address() + ": " + reason(e, "Address already in use"));
    } catch (ConnectException e) {
      throw new ConfigException(
          spec.position(),
          "Failed to " + verb + " " + spec.address() + ": " + reason(e, "Connection refused"));
    } catch (IOException | RuntimeException e) {
      throw new ConfigException(
          spec.position(), "Failed to " + verb + " " + spec.address() + ": " + reason(e, "error"));
    }
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

  private static String reason(Exception e, String fallback) {
    return e.getMessage() == null ? fallback : e.getMessage();
  }
}
