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

  private Iovecs() {}

  /** Number of vectors after validation of the array itself. */
  static int count(GuestMemory memory, long array, long count, int pointerSize) {
    if (count < 0 || count > MAX_COUNT) {
      throw new ErrnoException(Errno.EINVAL, count + " iovecs");
    }
    memory.check(array, count * Layouts.IOVEC.size(pointerSize), Prot.READ);
    return (int) count;
  }

  /** The host view of vector {@code index}, checked for {@code need} (READ to write from it). */
  static MemorySegment buffer(
      GuestMemory memory, long array, int index, int pointerSize, int need) {
    long entry = array + (long) index * Layouts.IOVEC.size(pointerSize);
    long buf = memory.readWord(entry + Layouts.IOVEC.offset("buf", pointerSize), pointerSize);
    long length =
        memory.readWord(entry + Layouts.IOVEC.offset("buf_len", pointerSize), pointerSize);
    return memory.slice(buf, length, need);
  }
}
