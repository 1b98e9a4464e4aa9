package dev.cloudabi.emulator.bench;

import dev.cloudabi.argdata.Argdata;
import dev.cloudabi.emulator.Emulator;
import dev.cloudabi.emulator.EmulatorConfig;
import dev.cloudabi.emulator.ExitStatus;
import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.fd.InjectedFd;
import dev.cloudabi.emulator.host.AmbientAuthority;
import dev.cloudabi.emulator.host.HostObjects;
import dev.cloudabi.emulator.host.HostOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whole-program benchmarks of the emulator, run by {@code scripts/bench-emulator} (timings belong
 * here, not in tests). Prints one line per run: what, arch, wall ms, CPU ms of the emulating
 * thread, and the program's own output.
 *
 * <pre>
 * EmulatorBench sha256 ARCH SIZE      (after an unmeasured 1 MiB run that loads the emulator)
 * EmulatorBench syscalls ARCH CLOCK_CALLS WRITE_CALLS trace|notrace [nullsink]
 * </pre>
 *
 * <p>{@code syscalls} runs the program 4 times (system property {@code rounds}) in this JVM: the
 * first run is the fresh-JVM number (JIT warm-up included), the later ones show the warm rate. With
 * {@code nullsink} the writes go to a Java stream that discards them, which leaves the emulator's
 * own cost per write without the host's write(2).
 */
public final class EmulatorBench {
  private static final Path EXAMPLES = Path.of("resources", "examples");
  private static final int SYSCALL_ROUNDS = Integer.getInteger("rounds", 4);

  private EmulatorBench() {}

  public static void main(String[] args) throws Exception {
    Arch arch = Arch.byName(args[1]).orElseThrow(() -> new IllegalArgumentException(args[1]));
    switch (args[0]) {
      case "sha256" -> {
        // A small unmeasured run first: loading the emulator and Unicorn into a fresh JVM is not
        // the speed of guest code.
        Emulator.create(sha256Config(arch, 1 << 20, new ByteArrayOutputStream())).run();
        sha256(arch, Long.parseLong(args[2]));
      }
      case "syscalls" -> {
        boolean nullSink = args.length > 5 && args[5].equals("nullsink");
        for (int round = 1; round <= SYSCALL_ROUNDS; round++) {
          syscalls(
              arch,
              Long.parseLong(args[2]),
              Long.parseLong(args[3]),
              args[4].equals("trace"),
              nullSink,
              round == 1 ? "fresh JVM" : "warm");
        }
      }
      default -> throw new IllegalArgumentException("unknown benchmark " + args[0]);
    }
  }

  private static void sha256(Arch arch, long size) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    measure("sha256 " + size, arch, sha256Config(arch, size, out), out);
  }

  private static EmulatorConfig sha256Config(Arch arch, long size, ByteArrayOutputStream out)
      throws java.io.IOException {
    return EmulatorConfig.builder(binary("sha256", arch))
        .argdata(
            Argdata.encode(Argdata.map().put("stdout", Argdata.fd(0)).put("size", size).build()))
        .descriptor(InjectedFd.terminal(new HostOutputStream(out, false)))
        .build();
  }

  private static void syscalls(
      Arch arch, long clockCalls, long writeCalls, boolean trace, boolean nullSink, String when)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AtomicLong events = new AtomicLong();
    EmulatorConfig.Builder builder =
        EmulatorConfig.builder(binary("syscall_bench", arch))
            .argdata(
                Argdata.encode(
                    Argdata.map()
                        .put("stdout", Argdata.fd(0))
                        .put("sink", Argdata.fd(1))
                        .put("clock_calls", clockCalls)
                        .put("write_calls", writeCalls)
                        .build()))
            .descriptor(InjectedFd.terminal(new HostOutputStream(out, false)))
            .descriptor(
                InjectedFd.terminal(
                    nullSink
                        ? new HostOutputStream(OutputStream.nullOutputStream(), false)
                        : HostObjects.openStream(
                            AmbientAuthority.forLauncher(), Path.of("/dev/null"), true)));
    if (trace) {
      builder.subscribe(e -> events.incrementAndGet());
    }
    measure(
        "syscalls clock="
            + clockCalls
            + " write="
            + writeCalls
            + (trace ? " trace" : " notrace")
            + (nullSink ? " nullsink" : "")
            + " ("
            + when
            + ")",
        arch,
        builder.build(),
        out);
    if (trace) {
      System.out.println("  trace events delivered: " + events.get());
    }
  }

  private static void measure(
      String what, Arch arch, EmulatorConfig config, ByteArrayOutputStream out) {
    var threads = ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    ExitStatus status = Emulator.create(config).run();
    long wall = System.nanoTime() - wall0;
    long cpu = threads.getCurrentThreadCpuTime() - cpu0;
    System.out.printf(
        Locale.ROOT,
        "%s %s: wall %.1f ms, cpu %.1f ms, %s%n  %s",
        what,
        arch.displayName(),
        wall / 1e6,
        cpu / 1e6,
        status.describe(),
        out.toString(StandardCharsets.UTF_8).replace("\n", "\n  "));
    System.out.println();
    if (!(status instanceof ExitStatus.Exited e) || e.code() != 0) {
      System.exit(1);
    }
  }

  private static Path binary(String name, Arch arch) {
    return EXAMPLES.resolve(name).resolve("prebuilt").resolve(arch.displayName()).resolve(name);
  }
}
