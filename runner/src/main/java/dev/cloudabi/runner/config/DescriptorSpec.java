package dev.cloudabi.runner.config;

import java.util.List;

/**
 * What a capability tag in the configuration asks the launcher to open. The runner turns each into
 * a host object before the program starts; the configuration only says what and where it was asked.
 */
public sealed interface DescriptorSpec {
  SourcePosition position();

  /**
   * Two references with equal identities share one guest descriptor. {@code !fd 1} and {@code !fd
   * stdout} name the same launcher descriptor; every {@code !file} or {@code !socket} opens anew.
   */
  default Object identity() {
    return this;
  }

  /** {@code !fd stdout|stderr|stdin|N}: one of the launcher's own descriptors. */
  record Inherited(int hostFd, SourcePosition position) implements DescriptorSpec {
    @Override
    public Object identity() {
      return "fd " + hostFd;
    }
  }

  /**
   * {@code !file {path: …}}: a file or directory opened read-only, with the rights of its type.
   * {@code rights} and {@code inheriting} are our addition: right names that narrow the base and
   * inheriting rights (empty = no narrowing).
   */
  record File(
      String path, List<NamedRight> rights, List<NamedRight> inheriting, SourcePosition position)
      implements DescriptorSpec {
    public File {
      rights = List.copyOf(rights);
      inheriting = List.copyOf(inheriting);
    }
  }

  /** {@code !socket {type, bind | connect}}: the 2016–2017 dialect. */
  record Socket(
      SocketType type, SocketMode mode, SocketAddressSpec address, SourcePosition position)
      implements DescriptorSpec {}

  /** {@code !executable}: the program's own executable (the final dialect). */
  record Executable(SourcePosition position) implements DescriptorSpec {
    @Override
    public Object identity() {
      return "executable";
    }
  }

  /** A right named in a {@code rights} list, kept with its place for error messages. */
  record NamedRight(String name, SourcePosition position) {}

  enum SocketType {
    STREAM,
    DGRAM,
    SEQPACKET
  }

  enum SocketMode {
    BIND,
    CONNECT
  }
}
