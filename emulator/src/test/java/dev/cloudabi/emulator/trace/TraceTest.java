package dev.cloudabi.emulator.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.argdata.Argdata;
import dev.cloudabi.emulator.Emulator;
import dev.cloudabi.emulator.EmulatorConfig;
import dev.cloudabi.emulator.ExitStatus;
import dev.cloudabi.emulator.Limits;
import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.fd.InjectedFd;
import dev.cloudabi.emulator.host.HostOutputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Structured trace events: decoded syscalls, process events, a full queue. */
class TraceTest {
  @Test
  void helloYieldsStartWriteWithItsTextExitAndClose() throws Exception {
    Path hello = Path.of("..", "resources", "examples", "hello", "prebuilt", "armv6", "hello");
    Assumptions.assumeTrue(Files.isRegularFile(hello), "the SDK's hello is not built");
    List<TraceEvent> events = new CopyOnWriteArrayList<>();
    EmulatorConfig config =
        EmulatorConfig.builder(hello)
            .argdata(Argdata.encode(Argdata.fd(0)))
            .descriptor(
                InjectedFd.terminal(new HostOutputStream(new ByteArrayOutputStream(), false)))
            .limits(Limits.defaults().withWallClock(Duration.ofSeconds(30)))
            .subscribe(events::add)
            .build();

    ExitStatus status = Emulator.create(config).run();

    assertThat(status).isEqualTo(new ExitStatus.Exited(0));
    assertThat(events.getFirst()).isInstanceOf(TraceEvent.ProcessStarted.class);
    assertThat(((TraceEvent.ProcessStarted) events.getFirst()).arch())
        .isEqualTo(Arch.ARMV6.displayName());
    TraceEvent.Syscall write =
        events.stream()
            .filter(e -> e instanceof TraceEvent.Syscall s && s.name().equals("fd_write"))
            .map(TraceEvent.Syscall.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(write.errnoName()).isEqualTo("ESUCCESS");
    assertThat(write.arguments())
        .contains(
            new TraceEvent.Argument("fd", "0"),
            new TraceEvent.Argument("iovs", "1 iovec(s), 14 bytes: \"Hello, world!\\n\""),
            new TraceEvent.Argument("nwritten", "14"));
    assertThat(events.get(events.size() - 2))
        .isEqualTo(new TraceEvent.ProcessExited(events.get(events.size() - 2).sequence(), 0));
    assertThat(events.getLast()).isInstanceOf(TraceEvent.StreamClosed.class);
    assertThat(((TraceEvent.StreamClosed) events.getLast()).dropped()).isZero();
    for (int i = 1; i < events.size(); i++) {
      assertThat(events.get(i).sequence()).isGreaterThan(events.get(i - 1).sequence());
    }
  }

  @Test
  void aSlowSubscriberMakesThePublisherWaitInsteadOfLosingEvents() {
    List<TraceEvent> received = new CopyOnWriteArrayList<>();
    TraceBus bus =
        new TraceBus(
            List.of(
                e -> {
                  LockSupport.parkNanos(100_000);
                  received.add(e);
                }),
            4,
            TraceOverflow.WAIT);
    for (int i = 0; i < 100; i++) {
      bus.publish(new TraceEvent.ProcessEnded(bus.nextSequence(), "event " + i));
    }
    bus.close();

    assertThat(bus.dropped()).isZero();
    assertThat(received).hasSize(101);
    assertThat(received.getLast()).isEqualTo(new TraceEvent.StreamClosed(100, 0));
  }

  @Test
  void withTheDropPolicyAFullQueueDropsAndCountsWithoutWaiting() {
    CountDownLatch release = new CountDownLatch(1);
    List<TraceEvent> received = new CopyOnWriteArrayList<>();
    TraceBus bus = new TraceBus(List.of(heldUntil(release, received)), 4, TraceOverflow.DROP);
    long started = System.nanoTime();
    for (int i = 0; i < 100; i++) {
      bus.publish(new TraceEvent.ProcessEnded(bus.nextSequence(), "event " + i));
    }
    long publishing = System.nanoTime() - started;
    release.countDown();
    bus.close();

    assertThat(publishing).isLessThan(TimeUnit.SECONDS.toNanos(1)); // the subscriber held 5 s
    assertThat(bus.dropped()).isBetween(90L, 96L);
    assertThat(((TraceEvent.StreamClosed) received.getLast()).dropped()).isEqualTo(bus.dropped());
  }

  @Test
  void anInterruptedPublisherDropsAndCountsInsteadOfWaiting() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<TraceEvent> received = new CopyOnWriteArrayList<>();
    TraceBus bus = new TraceBus(List.of(heldUntil(release, received)), 4, TraceOverflow.WAIT);
    Thread.currentThread().interrupt(); // as a stop of the run does to a guest's host thread
    try {
      for (int i = 0; i < 100; i++) {
        bus.publish(new TraceEvent.ProcessEnded(bus.nextSequence(), "event " + i));
      }
    } finally {
      Thread.interrupted();
    }
    release.countDown();
    bus.close();

    assertThat(bus.dropped()).isBetween(90L, 96L);
    TraceEvent last = received.getLast();
    assertThat(((TraceEvent.StreamClosed) last).dropped()).isEqualTo(bus.dropped());
    assertThat(received).hasSize((int) (100 - bus.dropped()) + 1);
  }

  @Test
  void withoutSubscribersTheBusIsInactive() {
    TraceBus bus = new TraceBus(List.of(), 16, TraceOverflow.DROP);
    assertThat(bus.active()).isFalse();
    bus.publish(new TraceEvent.ProcessEnded(0, "ignored"));
    bus.close();
    assertThat(bus.dropped()).isZero();
  }

  /** A subscriber that holds delivery until {@code release}, then records what it gets. */
  private static TraceSubscriber heldUntil(CountDownLatch release, List<TraceEvent> received) {
    return e -> {
      try {
        release.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
      received.add(e);
    };
  }
}
