package dev.cloudabi.emulator.host;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.natives.Posix;
import dev.cloudabi.emulator.natives.PosixException;

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
    closeQuietly(fd);
  }

  private void release() {
    synchronized (this) {
      leases--;
      if (!closing || leases > 0 || closed) {
        return;
      }
      closed = true;
    }
    closeQuietly(fd);
  }

  /** A host call on the descriptor number. */
  @FunctionalInterface
  interface Call<T> {
    T apply(int fd) throws PosixException;
  }

  /**
   * Runs {@code op} with the number leased for its duration; a host failure becomes the guest's
   * error, described as {@code what}.
   */
  <T> T call(String what, Call<T> op) {
    try (Lease lease = lease()) {
      return op.apply(lease.fd());
    } catch (PosixException e) {
      throw HostErrno.failure(what, e);
    }
  }

  /** A host call on the descriptor number that returns nothing. */
  @FunctionalInterface
  interface Action {
    void apply(int fd) throws PosixException;
  }

  /** {@link #call} for an action. */
  void run(String what, Action op) {
    call(
        what,
        fd -> {
          op.apply(fd);
          return null;
        });
  }

  /** Closes a host descriptor nobody else holds; a failing close has nothing left to undo. */
  static void closeQuietly(int fd) {
    try {
      Posix.close(fd);
    } catch (PosixException ignored) {
      // the descriptor is gone either way
    }
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
