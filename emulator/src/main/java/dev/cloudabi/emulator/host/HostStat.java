package dev.cloudabi.emulator.host;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import dev.cloudabi.emulator.abi.FileType;
import dev.cloudabi.emulator.fd.FileStat;
import dev.cloudabi.emulator.natives.Posix;
import dev.cloudabi.emulator.natives.PosixException;
import dev.cloudabi.emulator.natives.PosixFiles;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * {@code statx} results (an architecture-independent layout) as {@link FileStat}. FIFOs and sockets
 * are reported as SOCKET_STREAM (ABI §10.4).
 */
final class HostStat {
  private HostStat() {}

  /** Status of {@code name} below {@code dir} (not followed), or of {@code dir} when name is "". */
  static FileStat stat(int dir, String name) throws PosixException {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment buf = arena.allocate(256, 8);
      int flags = PosixFiles.AT_SYMLINK_NOFOLLOW | (name.isEmpty() ? PosixFiles.AT_EMPTY_PATH : 0);
      PosixFiles.statx(dir, name, flags, buf);
      int mode = buf.get(JAVA_SHORT, 28) & 0xFFFF;
      long device =
          ((buf.get(JAVA_INT, 136) & 0xFFFFFFFFL) << 32) | (buf.get(JAVA_INT, 140) & 0xFFFFFFFFL);
      return new FileStat(
          device,
          buf.get(JAVA_LONG, 32),
          type(mode),
          buf.get(JAVA_INT, 16) & 0xFFFFFFFFL,
          buf.get(JAVA_LONG, 40),
          time(buf, 64),
          time(buf, 112),
          time(buf, 96));
    }
  }

  private static long time(MemorySegment buf, long offset) {
    long seconds = buf.get(JAVA_LONG, offset);
    long nanos = buf.get(JAVA_INT, offset + 8) & 0xFFFFFFFFL;
    if (seconds < 0) {
      return 0;
    }
    if (seconds > (Long.MAX_VALUE - nanos) / 1_000_000_000L) {
      return -1;
    }
    return seconds * 1_000_000_000L + nanos;
  }

  /** The file type of an {@code st_mode}; its type bits, shifted down, are the d_type values. */
  static FileType type(int mode) {
    return direntType((mode & Posix.Stat.S_IFMT) >>> 12);
  }

  /** A {@code d_type} value as a file type. */
  static FileType direntType(int dType) {
    return switch (dType) {
      case 1, 12 -> FileType.SOCKET_STREAM; // DT_FIFO, DT_SOCK
      case 2 -> FileType.CHARACTER_DEVICE;
      case 4 -> FileType.DIRECTORY;
      case 6 -> FileType.BLOCK_DEVICE;
      case 8 -> FileType.REGULAR_FILE;
      case 10 -> FileType.SYMBOLIC_LINK;
      default -> FileType.UNKNOWN;
    };
  }

  /** A {@code timespec[2]} for utimensat: UTIME_OMIT for times left alone. */
  static long[] timespecs(dev.cloudabi.emulator.fd.TimeUpdate times) {
    return new long[] {
      times.setAccess() ? Long.divideUnsigned(times.access(), 1_000_000_000L) : 0,
      times.setAccess()
          ? Long.remainderUnsigned(times.access(), 1_000_000_000L)
          : PosixFiles.UTIME_OMIT,
      times.setModify() ? Long.divideUnsigned(times.modify(), 1_000_000_000L) : 0,
      times.setModify()
          ? Long.remainderUnsigned(times.modify(), 1_000_000_000L)
          : PosixFiles.UTIME_OMIT
    };
  }
}
