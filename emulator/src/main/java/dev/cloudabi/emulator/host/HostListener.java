package dev.cloudabi.emulator.host;

import dev.cloudabi.emulator.fd.SocketObject;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.util.Optional;

/** A listening host stream socket (TCP or UNIX) whose connections the guest accepts. */
public final class HostListener implements SocketObject {
  private final ServerSocketChannel channel;

  HostListener(ServerSocketChannel channel) {
    this.channel = channel;
  }

  @Override
  public boolean listening() {
    return true;
  }

  @Override
  public SocketObject accept() throws IOException {
    return new HostSocket(channel.accept());
  }

  @Override
  public void shutdown(int how) {
    // Nothing flows through a listening socket; POSIX accepts the call.
  }

  @Override
  public Optional<SocketAddress> localAddress() {
    return HostSockets.address(channel::getLocalAddress);
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
