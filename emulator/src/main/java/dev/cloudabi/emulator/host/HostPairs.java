package dev.cloudabi.emulator.host;

import dev.cloudabi.emulator.abi.FileType;
import dev.cloudabi.emulator.fd.SocketObject;
import dev.cloudabi.emulator.fd.StreamObject;
import dev.cloudabi.emulator.natives.PosixException;
import dev.cloudabi.emulator.natives.PosixPairs;
import java.io.IOException;
import java.util.List;

/**
 * Connected pairs for {@code fd_create2}: host pipes (the 2017 FIFO type) and UNIX socket pairs,
 * held as raw host descriptors so that {@code poll} can wait for them. They name no path, so they
 * need no ambient authority.
 */
public final class HostPairs {
  private HostPairs() {}

  /** A pipe: the read end first, then the write end, both of type FIFO. */
  public static List<StreamObject> pipe() throws IOException {
    int[] fds = translate(PosixPairs::pipe);
    return List.of(
        new PosixStream(fds[0], FileType.FIFO, true, false, true),
        new PosixStream(fds[1], FileType.FIFO, false, true, true));
  }

  /** Two connected sockets of {@code type} (SOCKET_STREAM or SOCKET_DGRAM). */
  public static List<SocketObject> socketPair(FileType type) throws IOException {
    int hostType = type == FileType.SOCKET_DGRAM ? PosixPairs.SOCK_DGRAM : PosixPairs.SOCK_STREAM;
    int[] fds = translate(() -> PosixPairs.socketPair(hostType));
    return List.of(new PosixSocket(fds[0]), new PosixSocket(fds[1]));
  }

  @FunctionalInterface
  private interface PairCall {
    int[] call() throws PosixException;
  }

  private static int[] translate(PairCall call) throws IOException {
    try {
      return call.call();
    } catch (PosixException e) {
      throw PosixStream.errno(e);
    }
  }
}
