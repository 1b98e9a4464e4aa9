package dev.cloudabi.emulator.abi;

/**
 * Descriptor rights (u64 bit {@code 1 << ordinal}), including those removed during 2017 so old
 * binaries' masks stay meaningful (ABI §7.2).
 */
public enum Right {
  FD_DATASYNC(false),
  FD_READ(false),
  FD_SEEK(false),
  FD_STAT_PUT_FLAGS(false),
  FD_SYNC(false),
  FD_TELL(false),
  FD_WRITE(false),
  FILE_ADVISE(false),
  FILE_ALLOCATE(false),
  FILE_CREATE_DIRECTORY(false),
  FILE_CREATE_FILE(false),
  FILE_CREATE_FIFO(true),
  FILE_LINK_SOURCE(false),
  FILE_LINK_TARGET(false),
  FILE_OPEN(false),
  FILE_READDIR(false),
  FILE_READLINK(false),
  FILE_RENAME_SOURCE(false),
  FILE_RENAME_TARGET(false),
  FILE_STAT_FGET(false),
  FILE_STAT_FPUT_SIZE(false),
  FILE_STAT_FPUT_TIMES(false),
  FILE_STAT_GET(false),
  FILE_STAT_PUT_TIMES(false),
  FILE_SYMLINK(false),
  FILE_UNLINK(false),
  MEM_MAP(false),
  MEM_MAP_EXEC(false),
  POLL_FD_READWRITE(false),
  POLL_MODIFY(true),
  POLL_PROC_TERMINATE(false),
  POLL_WAIT(true),
  PROC_EXEC(false),
  SOCK_ACCEPT(true),
  SOCK_BIND_DIRECTORY(true),
  SOCK_BIND_SOCKET(true),
  SOCK_CONNECT_DIRECTORY(true),
  SOCK_CONNECT_SOCKET(true),
  SOCK_LISTEN(true),
  SOCK_SHUTDOWN(false),
  SOCK_STAT_GET(true);

  private final boolean removed;

  Right(boolean removed) {
    this.removed = removed;
  }

  public long bit() {
    return 1L << ordinal();
  }

  /** True for rights dropped from the ABI during 2017. */
  public boolean removed() {
    return removed;
  }

  /** The union of the given rights. */
  public static long mask(Right... rights) {
    long mask = 0;
    for (Right right : rights) {
      mask |= right.bit();
    }
    return mask;
  }
}
