package dev.cloudabi.emulator.sync;

/** What a blocking wait needs from its process. */
public interface WaitHost {
  /** Gives up the CPU until the returned release is closed. */
  CpuRelease releaseCpu();

  /** True once the process is ending: every wait returns at once. */
  boolean ending();
}
