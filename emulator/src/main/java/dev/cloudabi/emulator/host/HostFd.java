package dev.cloudabi.emulator.host;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;

/**
 * A host descriptor shared by guest threads. Calls lease the number for their duration, and {@link
 * #close} closes the host descriptor only when no call is using it: otherwise a guest thread
 * closing a directory while another resolves beneath it could let the host reuse the number for an
 * unrelated directory in the middle of that call.
 */
final class HostFd {
  private final int fd;
  private int leases;
  private boolean closing;
  private boolean closed;

  HostFd(int fd) {
    this.fd = fd;
  }

  /** The number, held until the lease is closed; EBADF once closing has begun. */
  Lease lease() {
    synchronized (this) {
      if (closing) {
        throw new ErrnoException(Errno.EBADF, "descriptor was closed");
      }
      leases++;
    }
    return new Lease();
  }

  void close() {
    synchronized (this) {
      closing = true;
      if (leases > 0 || closed) {
        return;
      }
      closed = true;
    }
    Libc.close(fd);
  }

  private void release() {
    synchronized (this) {
      leases--;
      if (!closing || leases > 0 || closed) {
        return;
      }
      closed = true;
    }
    Libc.close(fd);
  }

  /** A use of the descriptor; {@link #close} ends it. */
  final class Lease implements AutoCloseable {
    private boolean done;

    int fd() {
      return fd;
    }

    @Override
    public void close() {
      if (!done) {
        done = true;
        release();
      }
    }
  }
}
