package dev.cloudabi.emulator.abi;

/** Reads little-endian words of guest memory (for stack arguments). */
@FunctionalInterface
public interface StackReader {
  /**
   * Reads {@code width} (4 or 8) bytes at {@code address}; fails with an {@link ErrnoException}
   * (EFAULT) when the memory is not readable.
   */
  long read(long address, int width);
}
