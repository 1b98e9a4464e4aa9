package dev.cloudabi.runner.api;

import dev.cloudabi.emulator.trace.TraceOverflow;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How to run: limits and determinism. Empty values mean the emulator's defaults.
 *
 * @param timeout wall-clock limit
 * @param maxMemory guest memory cap in bytes ({@code mem_map} beyond it gets ENOMEM)
 * @param deterministicSeed when present, clocks and randomness are reproducible from this seed
 * @param traceOverflow when trace subscribers fall behind: drop events (live views, the guest never
 *     waits) or make the guest wait (trace files, complete)
 */
public record LaunchOptions(
    Optional<Duration> timeout,
    OptionalLong maxMemory,
    OptionalLong deterministicSeed,
    TraceOverflow traceOverflow) {
  public LaunchOptions {
    Objects.requireNonNull(traceOverflow, "traceOverflow");
  }

  public static LaunchOptions defaults() {
    return new LaunchOptions(
        Optional.empty(), OptionalLong.empty(), OptionalLong.empty(), TraceOverflow.DROP);
  }
}
