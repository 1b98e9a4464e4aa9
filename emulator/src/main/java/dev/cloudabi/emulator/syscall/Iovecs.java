package dev.cloudabi.emulator.syscall;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.abi.Layouts;
import dev.cloudabi.emulator.memory.GuestMemory;
import dev.cloudabi.emulator.memory.Prot;
import java.lang.foreign.MemorySegment;

/**
 * Reads {@code iovec}/{@code ciovec} arrays (ABI §7.3: {@code buf} pointer at 0, {@code buf_len}
 * size at 4 or 8; 8 or 16 bytes each) and checks every buffer.
 */
final class Iovecs {
  /** Upper bound on the number of vectors in one call (POSIX IOV_MAX is 1024). */
  static final int MAX_COUNT = 1024;

  // Looked up once: buffers are read on every fd_read/fd_write, and a lookup by name per call
  // showed up in the profile of one-byte writes.
  private static final int BUF_32 = Layouts.IOVEC.offset("buf", 4);
  private static final int BUF_64 = Layouts.IOVEC.offset("buf", 8);
  private static final int LEN_32 = Layouts.IOVEC.offset("buf_len", 4);
  private static final int LEN_64 = Layouts.IOVEC.offset("buf_len", 8);
  private static final int SIZE_32 = Layouts.IOVEC.size(4);
  private static final int SIZE_64 = Layouts.IOVEC.size(8);

  private Iovecs() {}

  /** Number of vectors after validation of the array itself. */
  static int count(GuestMemory memory, long array, long count, int pointerSize) {
    if (count < 0 || count > MAX_COUNT) {
      throw new ErrnoException(Errno.EINVAL, count + " iovecs");
    }
    memory.check(array, count * (pointerSize == 8 ? SIZE_64 : SIZE_32), Prot.READ);
    return (int) count;
  }

  /** The host view of vector {@code index}, checked for {@code need} (READ to write from it). */
  static MemorySegment buffer(
      GuestMemory memory, long array, int index, int pointerSize, int need) {
    return memory.slice(
        base(memory, array, index, pointerSize), length(memory, array, index, pointerSize), need);
  }

  /** The {@code buf} pointer of vector {@code index}. */
  static long base(GuestMemory memory, long array, int index, int pointerSize) {
    return pointerSize == 8
        ? memory.readWord(array + (long) index * SIZE_64 + BUF_64, 8)
        : memory.readWord(array + (long) index * SIZE_32 + BUF_32, 4);
  }

  /** The {@code buf_len} of vector {@code index}. */
  static long length(GuestMemory memory, long array, int index, int pointerSize) {
    return pointerSize == 8
        ? memory.readWord(array + (long) index * SIZE_64 + LEN_64, 8)
        : memory.readWord(array + (long) index * SIZE_32 + LEN_32, 4);
  }
}
