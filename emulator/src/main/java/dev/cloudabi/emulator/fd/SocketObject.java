package dev.cloudabi.emulator.fd;

import java.io.IOException;

/** A connected or listening socket (full support arrives with the socket system calls). */
public interface SocketObject extends StreamObject {
  /** {@code sock_shutdown}: {@code SHUT_RD} 1, {@code SHUT_WR} 2. */
  void shutdown(int how) throws IOException;
}
