package dev.cloudabi.emulator;

import dev.cloudabi.emulator.abi.Signal;
import dev.cloudabi.emulator.crash.CrashReport;
import java.time.Duration;

/** How a run ended; every ending has exactly one of these. */
public sealed interface ExitStatus {
  /** {@code proc_exit(code)}. */
  record Exited(long code) implements ExitStatus {}

  /** Terminated by a signal's default action ({@code proc_raise}, e.g. SIGABRT from abort()). */
  record Signaled(Signal signal) implements ExitStatus {}

  /** The guest faulted; the report says where and why. */
  record Crashed(CrashReport report) implements ExitStatus {}

  /** The wall-clock limit ran out. */
  record TimedOut(Duration limit) implements ExitStatus {}

  /** {@link Emulator#stop()} was called. */
  record Stopped() implements ExitStatus {}

  /** The instruction budget ran out. */
  record BudgetExhausted(long instructions) implements ExitStatus {}

  /** Nothing ran: the executable or the configuration was rejected. */
  record FailedToStart(String reason) implements ExitStatus {}

  /** One line for humans, e.g. {@code exited with status 0}. */
  default String describe() {
    return switch (this) {
      case Exited e -> "exited with status " + e.code();
      case Signaled s -> "terminated by " + s.signal().name();
      case Crashed c -> "crashed: " + c.report().summary();
      case TimedOut t -> "timed out after " + t.limit().toMillis() + " ms";
      case Stopped s -> "stopped";
      case BudgetExhausted b -> "instruction budget of " + b.instructions() + " exhausted";
      case FailedToStart f -> "failed to start: " + f.reason();
    };
  }
}
