package dev.cloudabi.emulator.fd;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import java.io.IOException;
import java.net.SocketAddress;
import java.util.Optional;

/** A socket: connected (a byte stream) or listening (it accepts connections). */
public interface SocketObject extends StreamObject {
  /** {@code sock_shutdown}: {@code SHUT_RD} 1, {@code SHUT_WR} 2, both 3. */
  void shutdown(int how) throws IOException;

  /** Whether the socket listens ({@code SOCKSTATE_ACCEPTCONN}). */
  default boolean listening() {
    return false;
  }

  /** The 2017 {@code sock_accept}: blocks until a peer connects, returns the connection. */
  default SocketObject accept() throws IOException {
    throw new ErrnoException(Errno.EINVAL, "the socket is not listening");
  }

  /** The socket's own address, when it has one the guest can be told. */
  default Optional<SocketAddress> localAddress() {
    return Optional.empty();
  }

  /** The peer's address, when connected. */
  default Optional<SocketAddress> peerAddress() {
    return Optional.empty();
  }
}
