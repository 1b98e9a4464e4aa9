package dev.cloudabi.runner.api;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How to run: limits and determinism. Empty values mean the emulator's defaults.
 *
 * @param timeout wall-clock limit
 * @param maxMemory guest memory cap in bytes ({@code mem_map} beyond it gets ENOMEM)
 * @param deterministicSeed when present, clocks and randomness are reproducible from this seed
 */
public record LaunchOptions(
    Optional<Duration> timeout, OptionalLong maxMemory, OptionalLong deterministicSeed) {
  public static LaunchOptions defaults() {
    return new LaunchOptions(Optional.empty(), OptionalLong.empty(), OptionalLong.empty());
  }
}
