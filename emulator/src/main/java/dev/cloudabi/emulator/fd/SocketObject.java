package dev.cloudabi.emulator.fd;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.abi.FileType;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.net.SocketAddress;
import java.util.List;
import java.util.Optional;

/** A socket: connected (a byte stream) or listening (it accepts connections). */
public interface SocketObject extends StreamObject {
  /** Stream sockets unless a socket says otherwise. */
  @Override
  default FileType type() {
    return FileType.SOCKET_STREAM;
  }

  /** A socket carries data both ways. */
  @Override
  default boolean readable() {
    return true;
  }

  @Override
  default boolean writable() {
    return true;
  }

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

  /**
   * What one {@code sock_recv} delivered: the byte count, the descriptors that came with it (host
   * objects the caller installs), and whether data or descriptors were cut off.
   */
  record Message(
      long bytes,
      List<GuestObject> descriptors,
      boolean dataTruncated,
      boolean descriptorsTruncated) {}

  /**
   * {@code sock_recv}: scatters data into {@code buffers}, taking at most {@code maxDescriptors}
   * passed descriptors. Sockets that cannot carry descriptors or peek read like streams.
   */
  default Message receive(
      List<MemorySegment> buffers, int maxDescriptors, boolean peek, boolean waitAll)
      throws IOException {
    if (peek) {
      throw new ErrnoException(Errno.ENOTSUP, "this socket cannot peek");
    }
    long total = 0;
    for (MemorySegment buffer : buffers) {
      long filled = 0;
      while (filled < buffer.byteSize()) {
        int n = read(buffer.asSlice(filled));
        filled += n;
        if (n == 0 || !waitAll) {
          break;
        }
      }
      total += filled;
      if (filled < buffer.byteSize()) {
        break;
      }
    }
    return new Message(total, List.of(), false, false);
  }

  /** {@code sock_send}: gathers {@code buffers} and attaches {@code descriptors}. */
  default long send(List<MemorySegment> buffers, List<GuestObject> descriptors) throws IOException {
    if (!descriptors.isEmpty()) {
      throw new ErrnoException(Errno.ENOTSUP, "this socket cannot carry descriptors");
    }
    long total = 0;
    for (MemorySegment buffer : buffers) {
      if (buffer.byteSize() > 0) {
        total += write(buffer);
      }
    }
    return total;
  }
}
