package dev.cloudabi.emulator.bench;

import dev.cloudabi.emulator.Emulator;
import dev.cloudabi.emulator.EmulatorConfig;
import dev.cloudabi.emulator.ExitStatus;
import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.testing.GuestCode;
import dev.cloudabi.emulator.testing.TinyElf;
import dev.cloudabi.emulator.trace.TraceEvent;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * How long {@link Emulator#stop()} takes to end a guest spinning in a tight loop, per architecture:
 * the time from the call until {@code run()} has returned (5 rounds each). The stop comes 100 ms
 * after the guest's first instruction (the trace's start event), so loading the emulator in a fresh
 * JVM is not counted as stop latency.
 */
public final class StopLatencyBench {
  private StopLatencyBench() {}

  public static void main(String[] args) throws Exception {
    for (Arch arch : Arch.values()) {
      StringBuilder line = new StringBuilder(arch.displayName() + ":");
      for (int round = 0; round < 5; round++) {
        CountDownLatch started = new CountDownLatch(1);
        Emulator emulator =
            Emulator.create(
                EmulatorConfig.builder(TinyElf.withCode(arch, GuestCode.spin(arch)).build())
                    .subscribe(
                        event -> {
                          if (event instanceof TraceEvent.ProcessStarted) {
                            started.countDown();
                          }
                        })
                    .build());
        CompletableFuture<ExitStatus> result = new CompletableFuture<>();
        Thread runner = Thread.ofPlatform().start(() -> result.complete(emulator.run()));
        if (!started.await(30, TimeUnit.SECONDS)) {
          throw new IllegalStateException(arch + ": the guest did not start");
        }
        Thread.sleep(100);
        long before = System.nanoTime();
        emulator.stop();
        runner.join(TimeUnit.SECONDS.toMillis(5));
        long micros = (System.nanoTime() - before) / 1_000;
        line.append(' ')
            .append(micros / 1000.0)
            .append(" ms (")
            .append(result.get().describe())
            .append(')');
      }
      System.out.println(line);
    }
  }
}
