package dev.cloudabi.emulator.natives;

import java.io.IOException;
import java.util.Map;

/** A libc call failed; {@link #name()} is the host errno's symbolic name (Linux numbering). */
public final class PosixException extends IOException {

  // The errnos socket calls report, by Linux number; others are named "errno N".
  private static final Map<Integer, String> NAMES =
      Map.ofEntries(
          Map.entry(1, "EPERM"),
          Map.entry(4, "EINTR"),
          Map.entry(5, "EIO"),
          Map.entry(9, "EBADF"),
          Map.entry(11, "EAGAIN"),
          Map.entry(12, "ENOMEM"),
          Map.entry(13, "EACCES"),
          Map.entry(14, "EFAULT"),
          Map.entry(22, "EINVAL"),
          Map.entry(24, "EMFILE"),
          Map.entry(32, "EPIPE"),
          Map.entry(88, "ENOTSOCK"),
          Map.entry(90, "EMSGSIZE"),
          Map.entry(95, "ENOTSUP"),
          Map.entry(103, "ECONNABORTED"),
          Map.entry(104, "ECONNRESET"),
          Map.entry(105, "ENOBUFS"),
          Map.entry(106, "EISCONN"),
          Map.entry(107, "ENOTCONN"),
          Map.entry(110, "ETIMEDOUT"),
          Map.entry(111, "ECONNREFUSED"));

  private final int errno;

  PosixException(String call, int errno) {
    super(call + ": " + NAMES.getOrDefault(errno, "errno " + errno));
    this.errno = errno;
  }

  public int errno() {
    return errno;
  }

  /** {@code EPIPE}, {@code ECONNRESET}, …; {@code errno N} for numbers we do not name. */
  public String name() {
    return NAMES.getOrDefault(errno, "errno " + errno);
  }
}
