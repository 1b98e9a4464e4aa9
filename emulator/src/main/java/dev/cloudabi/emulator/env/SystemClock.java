package dev.cloudabi.emulator.env;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;

/** Host time: wall clock, {@link System#nanoTime}, and the JVM's CPU time counters. */
final class SystemClock implements GuestClock {
  private final long monotonicOrigin = System.nanoTime();
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  @Override
  public long now(int id) {
    return switch (id) {
      case REALTIME -> {
        Instant now = Instant.now();
        yield now.getEpochSecond() * 1_000_000_000L + now.getNano();
      }
      case MONOTONIC -> System.nanoTime() - monotonicOrigin;
      case PROCESS_CPUTIME_ID, THREAD_CPUTIME_ID -> {
        long cpu =
            threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
        yield cpu >= 0 ? cpu : System.nanoTime() - monotonicOrigin;
      }
      default -> throw new IllegalArgumentException("clock " + id);
    };
  }

  @Override
  public long resolution(int id) {
    return switch (id) {
      case REALTIME -> 1_000L;
      case MONOTONIC, PROCESS_CPUTIME_ID, THREAD_CPUTIME_ID -> 1L;
      default -> throw new IllegalArgumentException("clock " + id);
    };
  }
}
