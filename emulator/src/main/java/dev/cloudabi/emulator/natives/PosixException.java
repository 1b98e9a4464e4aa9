package dev.cloudabi.emulator.natives;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.Map;

/** A libc call failed; {@link #name()} is the host errno's symbolic name (Linux numbering). */
public final class PosixException extends IOException {

  // The errnos socket calls report, by Linux number; others are named "errno N".
  private static final Map<Integer, String> NAMES =
      Map.ofEntries(
          Map.entry(1, "EPERM"),
          Map.entry(2, "ENOENT"),
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
          Map.entry(93, "EPROTONOSUPPORT"),
          Map.entry(95, "ENOTSUP"),
          Map.entry(97, "EAFNOSUPPORT"),
          Map.entry(98, "EADDRINUSE"),
          Map.entry(99, "EADDRNOTAVAIL"),
          Map.entry(101, "ENETUNREACH"),
          Map.entry(103, "ECONNABORTED"),
          Map.entry(104, "ECONNRESET"),
          Map.entry(105, "ENOBUFS"),
          Map.entry(106, "EISCONN"),
          Map.entry(107, "ENOTCONN"),
          Map.entry(110, "ETIMEDOUT"),
          Map.entry(111, "ECONNREFUSED"),
          Map.entry(113, "EHOSTUNREACH"),
          Map.entry(114, "EALREADY"));

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

  /**
   * The host's own words for the errno ({@code strerror}), e.g. "Address already in use", for
   * messages a person reads.
   */
  public String reason() {
    return Strerror.describe(errno);
  }

  /** Linked on first use: most runs never explain a host error. */
  private static final class Strerror {
    private static final MethodHandle STRERROR =
        Posix.link("strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT));

    static String describe(int errno) {
      try {
        MemorySegment text = (MemorySegment) STRERROR.invokeExact(errno);
        return text.reinterpret(Long.MAX_VALUE).getString(0);
      } catch (Throwable t) {
        return "errno " + errno;
      }
    }
  }
}
