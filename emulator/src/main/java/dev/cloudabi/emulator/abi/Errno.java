package dev.cloudabi.emulator.abi;

/**
 * CloudABI error numbers ({@code errno}, u16). The ordinal is the value (ABI §7.2); {@code
 * ErrnoTableTest} checks the table against {@code cloudabi.txt}.
 */
public enum Errno {
  ESUCCESS,
  E2BIG,
  EACCES,
  EADDRINUSE,
  EADDRNOTAVAIL,
  EAFNOSUPPORT,
  EAGAIN,
  EALREADY,
  EBADF,
  EBADMSG,
  EBUSY,
  ECANCELED,
  ECHILD,
  ECONNABORTED,
  ECONNREFUSED,
  ECONNRESET,
  EDEADLK,
  EDESTADDRREQ,
  EDOM,
  EDQUOT,
  EEXIST,
  EFAULT,
  EFBIG,
  EHOSTUNREACH,
  EIDRM,
  EILSEQ,
  EINPROGRESS,
  EINTR,
  EINVAL,
  EIO,
  EISCONN,
  EISDIR,
  ELOOP,
  EMFILE,
  EMLINK,
  EMSGSIZE,
  EMULTIHOP,
  ENAMETOOLONG,
  ENETDOWN,
  ENETRESET,
  ENETUNREACH,
  ENFILE,
  ENOBUFS,
  ENODEV,
  ENOENT,
  ENOEXEC,
  ENOLCK,
  ENOLINK,
  ENOMEM,
  ENOMSG,
  ENOPROTOOPT,
  ENOSPC,
  ENOSYS,
  ENOTCONN,
  ENOTDIR,
  ENOTEMPTY,
  ENOTRECOVERABLE,
  ENOTSOCK,
  ENOTSUP,
  ENOTTY,
  ENXIO,
  EOVERFLOW,
  EOWNERDEAD,
  EPERM,
  EPIPE,
  EPROTO,
  EPROTONOSUPPORT,
  EPROTOTYPE,
  ERANGE,
  EROFS,
  ESPIPE,
  ESRCH,
  ESTALE,
  ETIMEDOUT,
  ETXTBSY,
  EXDEV,
  ENOTCAPABLE;

  private static final Errno[] VALUES = values();

  /** The value returned to the guest. */
  public int value() {
    return ordinal();
  }

  /** The errno with that value, if any. */
  public static java.util.Optional<Errno> of(int value) {
    return value >= 0 && value < VALUES.length
        ? java.util.Optional.of(VALUES[value])
        : java.util.Optional.empty();
  }

  /** The name for a raw value, or the number itself when it is not an errno. */
  public static String nameOf(int value) {
    return of(value).map(Enum::name).orElse(Integer.toString(value));
  }
}
