package dev.cloudabi.emulator.sync;

import dev.cloudabi.emulator.env.GuestClock;

/**
 * When a wait times out: the moment {@code target} of guest clock {@code clockId}, or never. The
 * clock is read again after every wake-up, so an absolute deadline on REALTIME follows the wall
 * clock and a deadline is never reported early.
 */
public record Deadline(GuestClock clock, int clockId, long target, long hostDeadline) {
  /** A wait without a timeout. */
  public static final Deadline NEVER = new Deadline(null, 0, Long.MAX_VALUE, 0);

  /** A deadline at {@code target} of the clock; virtual clocks wait on the host's clock. */
  public Deadline(GuestClock clock, int clockId, long target) {
    this(clock, clockId, target, hostDeadline(clock, clockId, target));
  }

  private static long hostDeadline(GuestClock clock, int clockId, long target) {
    if (clock == null || !clock.virtual()) {
      return 0;
    }
    long left = target - clock.now(clockId);
    return System.nanoTime() + Math.max(0, left);
  }

  /** A deadline {@code timeout} ns after now, or at {@code timeout} when {@code absolute}. */
  public static Deadline of(GuestClock clock, int clockId, long timeout, boolean absolute) {
    if (absolute) {
      return new Deadline(clock, clockId, timeout);
    }
    long now = clock.now(clockId);
    long target = now + timeout;
    // Unsigned timestamps: an overflowing sum means "later than any clock will get".
    return new Deadline(clock, clockId, Long.compareUnsigned(target, now) < 0 ? -1L : target);
  }

  public boolean never() {
    return clock == null;
  }

  /** Nanoseconds left (0 once reached); {@link Long#MAX_VALUE} for {@link #NEVER}. */
  public long remainingNanos() {
    if (never()) {
      return Long.MAX_VALUE;
    }
    if (clock.virtual()) {
      long left = hostDeadline - System.nanoTime();
      if (left > 0) {
        return left;
      }
      clock.skipTo(clockId, target);
      return 0;
    }
    long now = clock.now(clockId);
    if (Long.compareUnsigned(target, now) <= 0) {
      return 0;
    }
    long left = target - now;
    return left < 0 ? Long.MAX_VALUE : left;
  }
}
