package dev.cloudabi.emulator.host;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.abi.FileType;
import dev.cloudabi.emulator.fd.GuestObject;
import dev.cloudabi.emulator.fd.SocketObject;
import dev.cloudabi.emulator.natives.Posix;
import dev.cloudabi.emulator.natives.PosixException;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A host socket held as a raw descriptor: one the launcher inherited from its shell, or one that
 * arrived with SCM_RIGHTS. Unlike the JVM's channels it can carry descriptors and peek.
 */
public final class PosixSocket implements SocketObject {
  private static final int LINUX_AF_INET = 2;
  private static final int LINUX_AF_INET6 = 10;

  private final int fd;
  private final FileType type;
  private final AtomicBoolean closed = new AtomicBoolean();

  PosixSocket(int fd) throws IOException {
    this.fd = fd;
    this.type =
        switch (Posix.socketType(fd)) {
          case 2 -> FileType.SOCKET_DGRAM;
          case 5 -> FileType.SOCKET_SEQPACKET;
          default -> FileType.SOCKET_STREAM;
        };
  }

  @Override
  public FileType type() {
    return type;
  }

  @Override
  public int hostDescriptor() {
    return fd;
  }

  @Override
  public int read(MemorySegment dst) throws IOException {
    PosixStream.awaitReadable(fd);
    return (int) translate(() -> Posix.read(fd, dst));
  }

  @Override
  public int write(MemorySegment src) throws IOException {
    return (int) translate(() -> Posix.send(fd, src));
  }

  @Override
  public boolean listening() {
    try {
      return Posix.listening(fd);
    } catch (PosixException e) {
      return false;
    }
  }

  @Override
  public SocketObject accept() throws IOException {
    PosixStream.awaitReadable(fd);
    return new PosixSocket((int) translate(() -> Posix.accept(fd)));
  }

  @Override
  public void shutdown(int how) throws IOException {
    // CloudABI SHUT_RD 1, SHUT_WR 2, both 3 → POSIX SHUT_RD 0, SHUT_WR 1, SHUT_RDWR 2.
    translate(
        () -> {
          Posix.shutdown(fd, how - 1);
          return 0;
        });
  }

  @Override
  public Message receive(
      List<MemorySegment> buffers, int maxDescriptors, boolean peek, boolean waitAll)
      throws IOException {
    int flags = (peek ? Posix.MSG_PEEK : 0) | (waitAll ? Posix.MSG_WAITALL : 0);
    PosixStream.awaitReadable(fd);
    Posix.Received received;
    try {
      received = Posix.receiveMessage(fd, buffers, maxDescriptors, flags);
    } catch (PosixException e) {
      throw PosixStream.errno(e);
    }
    List<GuestObject> descriptors = new ArrayList<>();
    int[] fds = received.descriptors();
    boolean truncated = (received.flags() & Posix.MSG_CTRUNC) != 0;
    for (int i = 0; i < fds.length; i++) {
      if (i < maxDescriptors) {
        descriptors.add(HostDescriptors.adopt(fds[i]));
      } else {
        Posix.close(fds[i]);
        truncated = true;
      }
    }
    return new Message(
        received.bytes(), descriptors, (received.flags() & Posix.MSG_TRUNC) != 0, truncated);
  }

  @Override
  public long send(List<MemorySegment> buffers, List<GuestObject> descriptors) throws IOException {
    int[] fds = new int[descriptors.size()];
    for (int i = 0; i < fds.length; i++) {
      fds[i] = descriptors.get(i).hostDescriptor();
      if (fds[i] < 0) {
        throw new ErrnoException(
            Errno.EBADF, "descriptor " + i + " of the message has no host descriptor to pass");
      }
    }
    return translate(() -> Posix.sendMessage(fd, buffers, fds));
  }

  @Override
  public Optional<SocketAddress> localAddress() {
    try {
      return decode(Posix.localAddress(fd));
    } catch (PosixException e) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<SocketAddress> peerAddress() {
    try {
      return decode(Posix.peerAddress(fd));
    } catch (PosixException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() throws IOException {
    // Once only: a second close could hit whatever the host has since given this number.
    if (closed.compareAndSet(false, true)) {
      Posix.close(fd);
    }
  }

  /** Linux {@code sockaddr_in}/{@code sockaddr_in6}; UNIX and others have no address for us. */
  private static Optional<SocketAddress> decode(byte[] raw) {
    if (raw.length < 2) {
      return Optional.empty();
    }
    ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
    int family = b.getShort(0) & 0xFFFF;
    try {
      if (family == LINUX_AF_INET && raw.length >= 8) {
        int port = ((raw[2] & 0xFF) << 8) | (raw[3] & 0xFF);
        InetAddress host = Inet4Address.getByAddress(Arrays.copyOfRange(raw, 4, 8));
        return Optional.of(new InetSocketAddress(host, port));
      }
      if (family == LINUX_AF_INET6 && raw.length >= 24) {
        int port = ((raw[2] & 0xFF) << 8) | (raw[3] & 0xFF);
        InetAddress host = Inet6Address.getByAddress(Arrays.copyOfRange(raw, 8, 24));
        return Optional.of(new InetSocketAddress(host, port));
      }
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  @FunctionalInterface
  private interface Call {
    long run() throws PosixException;
  }

  private static long translate(Call call) throws ErrnoException {
    try {
      return call.run();
    } catch (PosixException e) {
      throw PosixStream.errno(e);
    }
  }
}
