package dev.cloudabi.emulator.host;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.natives.PosixException;
import java.util.Map;

/**
 * Linux errno values to CloudABI ones, by name (ABI §7.2: EWOULDBLOCK is EAGAIN, EOPNOTSUPP is
 * ENOTSUP, unknown host errors become ENOSYS).
 */
final class HostErrno {
  private static final Map<Integer, Errno> LINUX =
      Map.ofEntries(
          Map.entry(1, Errno.EPERM),
          Map.entry(2, Errno.ENOENT),
          Map.entry(3, Errno.ESRCH),
          Map.entry(4, Errno.EINTR),
          Map.entry(5, Errno.EIO),
          Map.entry(6, Errno.ENXIO),
          Map.entry(7, Errno.E2BIG),
          Map.entry(8, Errno.ENOEXEC),
          Map.entry(9, Errno.EBADF),
          Map.entry(10, Errno.ECHILD),
          Map.entry(11, Errno.EAGAIN),
          Map.entry(12, Errno.ENOMEM),
          Map.entry(13, Errno.EACCES),
          Map.entry(14, Errno.EFAULT),
          Map.entry(16, Errno.EBUSY),
          Map.entry(17, Errno.EEXIST),
          Map.entry(18, Errno.EXDEV),
          Map.entry(19, Errno.ENODEV),
          Map.entry(20, Errno.ENOTDIR),
          Map.entry(21, Errno.EISDIR),
          Map.entry(22, Errno.EINVAL),
          Map.entry(23, Errno.ENFILE),
          Map.entry(24, Errno.EMFILE),
          Map.entry(25, Errno.ENOTTY),
          Map.entry(26, Errno.ETXTBSY),
          Map.entry(27, Errno.EFBIG),
          Map.entry(28, Errno.ENOSPC),
          Map.entry(29, Errno.ESPIPE),
          Map.entry(30, Errno.EROFS),
          Map.entry(31, Errno.EMLINK),
          Map.entry(32, Errno.EPIPE),
          Map.entry(33, Errno.EDOM),
          Map.entry(34, Errno.ERANGE),
          Map.entry(35, Errno.EDEADLK),
          Map.entry(36, Errno.ENAMETOOLONG),
          Map.entry(37, Errno.ENOLCK),
          Map.entry(38, Errno.ENOSYS),
          Map.entry(39, Errno.ENOTEMPTY),
          Map.entry(40, Errno.ELOOP),
          Map.entry(42, Errno.ENOMSG),
          Map.entry(43, Errno.EIDRM),
          Map.entry(75, Errno.EOVERFLOW),
          Map.entry(84, Errno.EILSEQ),
          Map.entry(95, Errno.ENOTSUP),
          Map.entry(110, Errno.ETIMEDOUT),
          Map.entry(122, Errno.EDQUOT));

  private HostErrno() {}

  static Errno of(int linux) {
    return LINUX.getOrDefault(linux, Errno.ENOSYS);
  }

  /** A failed host call as the guest's error; {@code what} names the operation and its name. */
  static ErrnoException failure(String what, PosixException e) {
    return new ErrnoException(of(e.errno()), what + " (host errno " + e.errno() + ")");
  }
}
