package dev.cloudabi.emulator.host;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.fd.SocketObject;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.net.SocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SocketChannel;
import java.util.Optional;

/** A connected host stream socket (TCP or UNIX), blocking. */
public final class HostSocket implements SocketObject {
  private final SocketChannel channel;

  HostSocket(SocketChannel channel) {
    this.channel = channel;
  }

  @Override
  public int read(MemorySegment dst) throws IOException {
    try {
      return Math.max(0, channel.read(dst.asByteBuffer()));
    } catch (ClosedChannelException e) {
      return 0; // shut down for reading: end of stream, as POSIX reports it
    }
  }

  @Override
  public int write(MemorySegment src) throws IOException {
    try {
      int total = 0;
      var buffer = src.asByteBuffer();
      while (buffer.hasRemaining()) {
        total += channel.write(buffer);
      }
      return total;
    } catch (ClosedChannelException e) {
      throw new ErrnoException(Errno.EPIPE, "the socket is shut down for writing");
    } catch (IOException e) {
      // A peer that went away: POSIX says EPIPE (SIGPIPE is ignored, ABI §10.6).
      throw new ErrnoException(Errno.EPIPE, "the peer closed the connection: " + e.getMessage());
    }
  }

  @Override
  public void shutdown(int how) throws IOException {
    if ((how & 1) != 0) {
      channel.shutdownInput();
    }
    if ((how & 2) != 0) {
      channel.shutdownOutput();
    }
  }

  @Override
  public Optional<SocketAddress> localAddress() {
    return HostSockets.address(channel::getLocalAddress);
  }

  @Override
  public Optional<SocketAddress> peerAddress() {
    return HostSockets.address(channel::getRemoteAddress);
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
