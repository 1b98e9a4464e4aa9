package dev.cloudabi.emulator.sync;

/**
 * The CPU given up for a wait: while it is open other guest threads run; closing it waits for the
 * CPU again (ADR 0015). Handlers never touch guest lock words without the CPU.
 */
@FunctionalInterface
public interface CpuRelease extends AutoCloseable {
  /** For single-threaded processes and tests: there is nobody to give the CPU to. */
  CpuRelease NONE = () -> {};

  /** Takes the CPU back. */
  @Override
  void close();
}
