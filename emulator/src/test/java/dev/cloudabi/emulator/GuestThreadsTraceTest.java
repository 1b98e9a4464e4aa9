package dev.cloudabi.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.argdata.Argdata;
import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.fd.InjectedFd;
import dev.cloudabi.emulator.host.HostOutputStream;
import dev.cloudabi.emulator.trace.TraceEvent;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every system call of every guest thread yields exactly one trace event, also when the subscriber
 * is slower than the guest (the SDK's {@code threads} example creates six threads, all joined).
 */
class GuestThreadsTraceTest {
  private static final int THREADS_CREATED = 6;

  @ParameterizedTest
  @EnumSource(Arch.class)
  void aSlowSubscriberStillSeesEveryThreadsCalls(Arch arch) throws Exception {
    var binary = GuestExamplesTest.binary("threads", arch);
    Assumptions.assumeTrue(Files.isRegularFile(binary), "no prebuilt threads example");
    List<TraceEvent> events = new CopyOnWriteArrayList<>();
    EmulatorConfig config =
        EmulatorConfig.builder(binary)
            .argdata(Argdata.encode(Argdata.fd(0)))
            .descriptor(
                InjectedFd.terminal(new HostOutputStream(new ByteArrayOutputStream(), false)))
            .limits(Limits.defaults().withWallClock(Duration.ofSeconds(60)))
            .traceCapacity(4)
            .traceOverflow(dev.cloudabi.emulator.trace.TraceOverflow.WAIT)
            .subscribe(
                event -> {
                  LockSupport.parkNanos(200_000); // slower than the guest makes calls
                  events.add(event);
                })
            .build();

    ExitStatus status = Emulator.create(config).run();

    assertThat(status).isEqualTo(new ExitStatus.Exited(0));
    Map<String, Long> calls =
        events.stream()
            .filter(TraceEvent.Syscall.class::isInstance)
            .map(e -> ((TraceEvent.Syscall) e).name())
            .collect(Collectors.groupingBy(name -> name, Collectors.counting()));
    assertThat(calls.get("thread_create")).isEqualTo(THREADS_CREATED);
    assertThat(calls.get("thread_exit")).isEqualTo(THREADS_CREATED);
    assertThat(calls.get("proc_exit")).isEqualTo(1);
    assertThat(((TraceEvent.StreamClosed) events.getLast()).dropped()).isZero();
    for (int i = 0; i < events.size(); i++) {
      assertThat(events.get(i).sequence()).as("no gap in the sequence").isEqualTo(i);
    }
  }
}
