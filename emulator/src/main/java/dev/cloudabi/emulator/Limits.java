package dev.cloudabi.emulator;

import java.time.Duration;

/**
 * Resource limits of one run.
 *
 * @param wallClock stop the run after this long ({@link Duration#ZERO} = no limit)
 * @param instructionBudget stop after this many guest instructions (0 = unlimited; counting slows
 *     emulation, so it is off by default)
 * @param memoryCap the most bytes of guest memory mapped at once (image, stack and mem_map)
 * @param stackSize the initial thread's stack
 * @param maxArgdataBytes the largest accepted Argdata buffer
 * @param maxImageSpan the largest accepted distance between the executable's lowest and highest
 *     segment address
 */
public record Limits(
    Duration wallClock,
    long instructionBudget,
    long memoryCap,
    long stackSize,
    int maxArgdataBytes,
    long maxImageSpan) {
  public Limits {
    if (wallClock == null || wallClock.isNegative()) {
      throw new IllegalArgumentException("wallClock must be zero or positive");
    }
    if (instructionBudget < 0 || memoryCap <= 0 || stackSize <= 0 || maxArgdataBytes < 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  public static Limits defaults() {
    return new Limits(Duration.ZERO, 0, 1L << 30, 8L << 20, 16 << 20, 256L << 20);
  }

  public Limits withWallClock(Duration value) {
    return new Limits(
        value, instructionBudget, memoryCap, stackSize, maxArgdataBytes, maxImageSpan);
  }

  public Limits withInstructionBudget(long value) {
    return new Limits(wallClock, value, memoryCap, stackSize, maxArgdataBytes, maxImageSpan);
  }

  public Limits withMemoryCap(long value) {
    return new Limits(
        wallClock, instructionBudget, value, stackSize, maxArgdataBytes, maxImageSpan);
  }

  public Limits withStackSize(long value) {
    return new Limits(
        wallClock, instructionBudget, memoryCap, value, maxArgdataBytes, maxImageSpan);
  }

  public Limits withMaxArgdataBytes(int value) {
    return new Limits(wallClock, instructionBudget, memoryCap, stackSize, value, maxImageSpan);
  }
}
