package dev.cloudabi.emulator.cpu;

import java.util.List;

/**
 * Register access of one guest thread's CPU, in our vocabulary. The Unicorn engine implements it;
 * tests may use a plain map.
 */
public interface Registers {
  Arch arch();

  /** Reads a register, zero-extended to 64 bits. */
  long read(Register register);

  /** Writes a register; only the low {@link Register#width()} bytes are used. */
  void write(Register register, long value);

  /**
   * A reader for a fixed set of registers in one call (fewer native transitions on the syscall
   * path). The batch is owned by this CPU and reused; it is not thread-safe.
   */
  RegisterBatch batch(List<? extends Register> registers);

  /** Reads a fixed set of registers at once. */
  interface RegisterBatch {
    /** Fills {@code into[0..n)} with the values, zero-extended to 64 bits. */
    void read(long[] into);
  }
}
