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

  /** The host's clocks. */
  static GuestClock system() {
    return new SystemClock();
  }

  /** A clock that starts at {@code start} ns and advances {@code step} ns on every read. */
  static GuestClock deterministic(long start, long step) {
    return new SteppingClock(start, step);
  }
}
