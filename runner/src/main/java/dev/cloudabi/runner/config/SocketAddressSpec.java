package dev.cloudabi.runner.config;

/** A socket address as written in a {@code !socket} tag: a UNIX path, or a host and a port. */
public sealed interface SocketAddressSpec {
  /** An address starting with {@code /}. */
  record Unix(String path) implements SocketAddressSpec {
    @Override
    public String toString() {
      return path;
    }
  }

  /** {@code host:port} or {@code [ipv6]:port}; the host is resolved when the socket is opened. */
  record Inet(String host, int port) implements SocketAddressSpec {
    @Override
    public String toString() {
      return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
  }

  /**
   * Parses an address as upstream's {@code cloudabi-run} did.
   *
   * @throws IllegalArgumentException with the message to show, naming the address
   */
  static SocketAddressSpec parse(String text) {
    if (text.startsWith("/")) {
      return new Unix(text);
    }
    String host;
    String port;
    if (text.startsWith("[")) {
      int close = text.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException("Address " + text + " has no closing ]");
      }
      host = text.substring(1, close);
      String rest = text.substring(close + 1);
      if (!rest.startsWith(":")) {
        throw new IllegalArgumentException("Address " + text + " does not contain a port number");
      }
      port = rest.substring(1);
    } else {
      int colon = text.lastIndexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("Address " + text + " does not contain a port number");
      }
      host = text.substring(0, colon);
      port = text.substring(colon + 1);
      if (host.contains(":")) {
        throw new IllegalArgumentException(
            "Address " + text + ": write IPv6 addresses in brackets, e.g. [::1]:8080");
      }
    }
    if (host.isEmpty()) {
      throw new IllegalArgumentException("Address " + text + " has no host");
    }
    if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) > 65535) {
      throw new IllegalArgumentException(
          "Address " + text + " has an invalid port number " + port + " (0 to 65535)");
    }
    return new Inet(host, Integer.parseInt(port));
  }
}
