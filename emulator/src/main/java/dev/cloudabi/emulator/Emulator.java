package dev.cloudabi.emulator;

import dev.cloudabi.emulator.loader.LoadException;
import dev.cloudabi.emulator.runtime.GuestProcess;
import dev.cloudabi.emulator.trace.TraceBus;
import dev.cloudabi.emulator.unicorn.UnicornEngine;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs one CloudABI program. The facade of the emulator:
 *
 * <pre>{@code
 * EmulatorConfig config = EmulatorConfig.builder(Path.of("hello"))
 *     .descriptor(InjectedFd.terminal(HostObjects.stdout()))
 *     .argdata(bytes)
 *     .build();
 * ExitStatus status = Emulator.create(config).run();
 * }</pre>
 *
 * <p>{@link #run()} blocks the calling thread while the guest runs and returns how it ended; bad
 * input (not a CloudABI executable, unsupported machine, oversized Argdata, …) is reported as
 * {@link ExitStatus.FailedToStart} before any guest instruction runs. {@link #stop()} may be called
 * from any thread. An emulator runs once.
 */
public final class Emulator {
  private final EmulatorConfig config;
  private volatile GuestProcess process;
  private volatile boolean stopRequested;
  private boolean started;

  private Emulator(EmulatorConfig config) {
    this.config = config;
  }

  public static Emulator create(EmulatorConfig config) {
    return new Emulator(config);
  }

  /** The Unicorn library version in use (fails with a clear message if it is missing or old). */
  public static String unicornVersion() {
    return UnicornEngine.libraryVersion();
  }

  /** Loads and runs the program to its end. */
  public ExitStatus run() {
    synchronized (this) {
      if (started) {
        throw new IllegalStateException("an Emulator runs once");
      }
      started = true;
    }
    TraceBus trace =
        new TraceBus(config.traceSubscribers(), config.traceCapacity(), config.traceOverflow());
    ScheduledExecutorService watchdog = null;
    try (trace) {
      GuestProcess loaded;
      try {
        loaded = GuestProcess.create(config, trace);
      } catch (LoadException e) {
        return new ExitStatus.FailedToStart(e.getMessage());
      }
      try (GuestProcess running = loaded) {
        process = running;
        if (stopRequested) {
          running.requestEnd(new ExitStatus.Stopped());
        }
        Duration limit = config.limits().wallClock();
        if (!limit.isZero()) {
          watchdog =
              Executors.newSingleThreadScheduledExecutor(
                  r -> Thread.ofPlatform().daemon().name("cloudabi-timeout").unstarted(r));
          watchdog.schedule(
              () -> running.requestTimeout(limit), limit.toNanos(), TimeUnit.NANOSECONDS);
        }
        return running.run();
      } finally {
        process = null;
        if (watchdog != null) {
          watchdog.shutdownNow();
        }
      }
    }
  }

  /** Ends a running program soon (well within 100 ms unless it is blocked in a host read). */
  public void stop() {
    stopRequested = true;
    GuestProcess running = process;
    if (running != null) {
      running.requestEnd(new ExitStatus.Stopped());
    }
  }
}
