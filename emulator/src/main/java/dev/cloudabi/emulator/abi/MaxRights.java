package dev.cloudabi.emulator.abi;

/**
 * The most rights a descriptor of each kind may carry (final cloudabi-utils {@code rights.h}, ABI
 * §8.2). Every place that grants rights takes them from here.
 */
public enum MaxRights {
  ALL(0x815FFFF7FFL, 0x815FFFF7FFL),
  DIRECTORY(0x13EFF698L, 0x11FFFF7FFL),
  REGULAR_FILE(0x11C3801FFL, 0L),
  SHARED_MEMORY(0xC180042L, 0L),
  SOCKET(0x801008004AL, 0x815FFFF7FFL),
  /**
   * Sockets for binaries of early 2017 (emulator {@code 934d2e1}): adds SOCK_ACCEPT,
   * SOCK_BIND_SOCKET, SOCK_CONNECT_SOCKET, SOCK_LISTEN and SOCK_STAT_GET, which those binaries
   * check (ABI §13.3). The launcher gives these to {@code !socket} descriptors; newer binaries
   * ignore the extra bits.
   */
  SOCKET_2017(0x1EA1008004AL, 0x1FFFFFFFFFFL),
  TERMINAL(0x1008004AL, 0L),
  /** The 2017 FIFO type of {@code fd_create2} (emulator {@code 934d2e1}, ABI §8.2). */
  FIFO(0x1008004AL, 0L);

  private final long base;
  private final long inheriting;

  MaxRights(long base, long inheriting) {
    this.base = base;
    this.inheriting = inheriting;
  }

  public long base() {
    return base;
  }

  public long inheriting() {
    return inheriting;
  }

  /** The maximum for a file type; pipes and FIFOs count as stream sockets. */
  public static MaxRights forType(FileType type) {
    return switch (type) {
      case DIRECTORY -> DIRECTORY;
      case REGULAR_FILE -> REGULAR_FILE;
      case SHARED_MEMORY -> SHARED_MEMORY;
      case SOCKET_DGRAM, SOCKET_STREAM, SOCKET_SEQPACKET, FIFO -> SOCKET;
      default -> ALL;
    };
  }
}
