package dev.cloudabi.emulator.env;

/** The clocks a guest reads (ABI §7.2 {@code clockid}); swappable for deterministic runs. */
public interface GuestClock {
  int MONOTONIC = 1;
  int PROCESS_CPUTIME_ID = 2;
  int REALTIME = 3;
  int THREAD_CPUTIME_ID = 4;

  /** Nanoseconds of clock {@code id} (1-4). */
  long now(int id);

  /** Resolution in nanoseconds of clock {@code id} (1-4). */
  long resolution(int id);

  /**
   * True for clocks that move only when read (deterministic runs): a timed wait then lasts its time
   * on the host clock and moves this clock to its deadline when it expires.
   */
  default boolean virtual() {
    return false;
  }

  /** Moves a virtual clock forward so that clock {@code id} reads at least {@code target}. */
  default void skipTo(int id, long target) {}

  /** The host's clocks. */
  static GuestClock system() {
    return new SystemClock();
  }

  /** A clock that starts at {@code start} ns and advances {@code step} ns on every read. */
  static GuestClock deterministic(long start, long step) {
    return new SteppingClock(start, step);
  }
}
