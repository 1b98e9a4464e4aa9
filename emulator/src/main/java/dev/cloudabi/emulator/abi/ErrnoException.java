package dev.cloudabi.emulator.abi;

/**
 * A system call fails with a CloudABI errno. Handlers throw it from deep helpers; the dispatcher
 * turns it into the return value. Stack traces are not filled in (it is an expected outcome).
 */
public final class ErrnoException extends RuntimeException {
  private final Errno errno;

  public ErrnoException(Errno errno, String detail) {
    super(errno.name() + ": " + detail, null, false, false);
    this.errno = errno;
  }

  public ErrnoException(Errno errno) {
    this(errno, errno.name());
  }

  public Errno errno() {
    return errno;
  }
}
