package dev.cloudabi.emulator.env;

/** Deterministic time for tests and replay: every read advances all clocks by a fixed step. */
final class SteppingClock implements GuestClock {
  private final long start;
  private final long step;
  private long reads;

  SteppingClock(long start, long step) {
    this.start = start;
    this.step = step;
  }

  @Override
  public synchronized long now(int id) {
    if (id < 1 || id > 4) {
      throw new IllegalArgumentException("clock " + id);
    }
    return start + step * reads++;
  }

  @Override
  public boolean virtual() {
    return true;
  }

  @Override
  public synchronized void skipTo(int id, long target) {
    long now = start + step * reads;
    if (step > 0 && target > now) {
      reads += (target - now + step - 1) / step;
    }
  }

  @Override
  public long resolution(int id) {
    if (id < 1 || id > 4) {
      throw new IllegalArgumentException("clock " + id);
    }
    return Math.max(1, step);
  }
}
