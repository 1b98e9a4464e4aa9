package dev.cloudabi.designer.model;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Decides where and when an analysis runs. In the background, requests are debounced and the newest
 * wins: a request superseded before it starts is skipped, and a result that arrives after a newer
 * request (or after {@link #cancel()}) is dropped. Results are handed to the delivery executor (the
 * FX thread in the app); the receiver still checks that its text is unchanged.
 */
public final class AnalysisScheduler {
  private static final System.Logger LOG = System.getLogger(AnalysisScheduler.class.getName());

  /** One worker for all designers: an analysis of 100 KB takes tens of milliseconds. */
  private static final ScheduledExecutorService WORKER =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "yaml-designer-analysis");
            thread.setDaemon(true);
            return thread;
          });

  private final ScheduledExecutorService worker;
  private final Duration delay;
  private final Executor delivery;
  private final AtomicLong latest = new AtomicLong();
  private ScheduledFuture<?> pending;

  private AnalysisScheduler(ScheduledExecutorService worker, Duration delay, Executor delivery) {
    this.worker = worker;
    this.delay = delay;
    this.delivery = delivery;
  }

  /** Runs every request at once on the caller's thread (tests, and before a view is attached). */
  public static AnalysisScheduler immediate() {
    return new AnalysisScheduler(null, Duration.ZERO, Runnable::run);
  }

  /** Runs requests on the shared analysis thread, {@code delay} after the last one. */
  public static AnalysisScheduler background(Duration delay, Executor delivery) {
    return background(WORKER, delay, delivery);
  }

  /** As {@link #background(Duration, Executor)}, on a given worker (tests). */
  public static AnalysisScheduler background(
      ScheduledExecutorService worker, Duration delay, Executor delivery) {
    return new AnalysisScheduler(worker, delay, delivery);
  }

  /** Computes {@code work} now or later and hands the result to {@code onResult}, unless stale. */
  public synchronized void request(Supplier<Analysis> work, Consumer<Analysis> onResult) {
    long ticket = latest.incrementAndGet();
    if (worker == null) {
      onResult.accept(work.get());
      return;
    }
    if (pending != null) {
      pending.cancel(false);
    }
    pending =
        worker.schedule(
            () -> {
              if (ticket != latest.get()) {
                return;
              }
              Analysis analysis;
              try {
                analysis = work.get();
              } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "analysis of a configuration failed", e);
                return;
              }
              delivery.execute(
                  () -> {
                    if (ticket == latest.get()) {
                      onResult.accept(analysis);
                    }
                  });
            },
            delay.toMillis(),
            TimeUnit.MILLISECONDS);
  }

  /** Drops every request made so far: their results will not be delivered. */
  public synchronized void cancel() {
    latest.incrementAndGet();
    if (pending != null) {
      pending.cancel(false);
      pending = null;
    }
  }
}
