package dev.cloudabi.designer.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.designer.hints.KeyHints;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnalysisSchedulerTest {
  private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stop() {
    worker.shutdownNow();
  }

  private static Analysis analyse(String text) {
    return Analysis.of("c.yaml", text, Optional.empty(), KeyHints.NONE, Path.of("."));
  }

  @Test
  void requestsInQuickSuccessionDeliverOnlyTheNewest() throws Exception {
    AnalysisScheduler scheduler =
        AnalysisScheduler.background(worker, Duration.ofMillis(100), Runnable::run);
    List<String> delivered = new CopyOnWriteArrayList<>();
    CountDownLatch done = new CountDownLatch(1);
    for (String text : List.of("a: 1\n", "a: 12\n", "a: 123\n")) {
      scheduler.request(
          () -> analyse(text),
          a -> {
            delivered.add(a.text());
            done.countDown();
          });
    }
    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    worker.submit(() -> {}).get(); // anything still queued has run
    assertThat(delivered).containsExactly("a: 123\n");
  }

  @Test
  void aResultOfARequestMadeBeforeCancelIsDropped() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<String> delivered = new CopyOnWriteArrayList<>();
    AnalysisScheduler scheduler =
        AnalysisScheduler.background(worker, Duration.ZERO, Runnable::run);
    scheduler.request(
        () -> {
          started.countDown();
          awaitQuietly(release);
          return analyse("a: 1\n");
        },
        a -> delivered.add(a.text()));
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    scheduler.cancel();
    release.countDown();
    worker.submit(() -> {}).get();
    assertThat(delivered).isEmpty();
  }

  @Test
  void theImmediateSchedulerDeliversBeforeReturning() {
    List<String> delivered = new CopyOnWriteArrayList<>();
    AnalysisScheduler.immediate().request(() -> analyse("a: 1\n"), a -> delivered.add(a.text()));
    assertThat(delivered).containsExactly("a: 1\n");
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
