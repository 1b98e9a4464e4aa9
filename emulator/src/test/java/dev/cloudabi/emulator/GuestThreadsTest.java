package dev.cloudabi.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.argdata.Argdata;
import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.fd.InjectedFd;
import dev.cloudabi.emulator.host.HostOutputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Threads of real guest programs (the SDK's {@code threads} example: four threads incrementing one
 * counter under a mutex, condvar ping-pong, joins): lock words must never lose an update, and every
 * ending must take all threads, guest and host, with it.
 */
class GuestThreadsTest {
  private record Run(ExitStatus status, String stdout, long stopMillis) {}

  private static Run run(Arch arch, Duration stopAfter, Duration timeout) throws Exception {
    var binary = GuestExamplesTest.binary("threads", arch);
    Assumptions.assumeTrue(Files.isRegularFile(binary), "no prebuilt threads example");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    Emulator emulator =
        Emulator.create(
            EmulatorConfig.builder(binary)
                .argdata(Argdata.encode(Argdata.fd(0)))
                .descriptor(InjectedFd.terminal(new HostOutputStream(stdout, false)))
                .limits(Limits.defaults().withWallClock(timeout))
                .build());
    CompletableFuture<ExitStatus> status = CompletableFuture.supplyAsync(emulator::run);
    long stopMillis = -1;
    if (stopAfter != null) {
      Thread.sleep(stopAfter.toMillis());
      long stopped = System.nanoTime();
      emulator.stop();
      status.get(10, TimeUnit.SECONDS);
      stopMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopped);
    }
    return new Run(
        status.get(60, TimeUnit.SECONDS), stdout.toString(StandardCharsets.UTF_8), stopMillis);
  }

  private static long liveGuestHostThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(n -> n.startsWith("cloudabi-thread-") || n.equals("cloudabi-preempter"))
        .count();
  }

  @ParameterizedTest
  @EnumSource(Arch.class)
  void fourThreadsNeverLoseAnIncrementUnderTheMutex(Arch arch) throws Exception {
    for (int round = 0; round < 3; round++) {
      Run run = run(arch, null, Duration.ofSeconds(60));
      assertThat(run.stdout()).contains("counter: 80000 (expected 80000)");
      assertThat(run.status()).isEqualTo(new ExitStatus.Exited(0));
    }
  }

  @ParameterizedTest
  @EnumSource(Arch.class)
  void noHostThreadOutlivesTheRun(Arch arch) throws Exception {
    run(arch, null, Duration.ofSeconds(60));
    assertThat(liveGuestHostThreads()).isZero();
  }

  @ParameterizedTest
  @EnumSource(Arch.class)
  void stopEndsEveryThreadAlsoThoseWaitingForLocks(Arch arch) throws Exception {
    Run run = run(arch, Duration.ofMillis(40), Duration.ofSeconds(60));
    assertThat(run.status()).isIn(new ExitStatus.Stopped(), new ExitStatus.Exited(0));
    assertThat(run.stopMillis()).as("ms from stop() to the end of run()").isLessThan(500);
    assertThat(liveGuestHostThreads()).isZero();
  }

  @ParameterizedTest
  @EnumSource(Arch.class)
  void aTimeoutEndsEveryThread(Arch arch) throws Exception {
    Run run = run(arch, null, Duration.ofMillis(30));
    assertThat(run.status())
        .isIn(new ExitStatus.TimedOut(Duration.ofMillis(30)), new ExitStatus.Exited(0));
    assertThat(liveGuestHostThreads()).isZero();
  }
}
