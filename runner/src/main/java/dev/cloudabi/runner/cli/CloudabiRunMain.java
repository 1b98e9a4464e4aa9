package dev.cloudabi.runner.cli;

import dev.cloudabi.elf.analysis.CloudAbiReport;
import dev.cloudabi.emulator.Emulator;
import dev.cloudabi.emulator.ExitStatus;
import dev.cloudabi.emulator.trace.TraceOverflow;
import dev.cloudabi.emulator.trace.TraceSubscriber;
import dev.cloudabi.runner.api.CompatibilityCheck;
import dev.cloudabi.runner.api.ExitCodes;
import dev.cloudabi.runner.api.LaunchOptions;
import dev.cloudabi.runner.api.LaunchPlan;
import dev.cloudabi.runner.api.Launcher;
import dev.cloudabi.runner.api.Quantities;
import dev.cloudabi.runner.config.ConfigException;
import dev.cloudabi.runner.config.LaunchConfig;
import dev.cloudabi.runner.trace.TraceFormat;
import dev.cloudabi.runner.trace.TraceWriter;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cloudabi-run [-e] EXECUTABLE < CONFIG.yaml}: upstream's launcher, on our emulator. */
@Command(
    name = "cloudabi-run",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Runs a CloudABI program in the emulator with the descriptors and arguments of a YAML",
      "configuration read from standard input (or -f). Exit status: the program's, 128 + signal",
      "number when a signal ended it, 127 when it could not be started."
    })
public final class CloudabiRunMain implements Callable<Integer> {
  @Option(
      names = "-e",
      description = "Use the emulator (always the case here; accepted for upstream compatibility).")
  boolean emulate;

  @Option(
      names = {"-f", "--config"},
      paramLabel = "CONFIG",
      description = "Read the configuration from this file instead of standard input.")
  Path configFile;

  @Option(
      names = "--trace",
      arity = "0..1",
      fallbackValue = "-",
      paramLabel = "FILE",
      description =
          "Trace every system call to FILE (standard error when no file is given); the"
              + " program waits for the trace writer, so the trace is complete.")
  String trace;

  @Option(
      names = "--trace-format",
      defaultValue = "text",
      paramLabel = "text|json",
      description = "strace-like lines, or one JSON object per event.")
  String traceFormat;

  @Option(
      names = "--deterministic",
      arity = "0..1",
      fallbackValue = "0",
      paramLabel = "SEED",
      description = "Reproducible clocks and randomness from SEED (default 0).")
  Long deterministic;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      description = "Stop the program after this long, e.g. 10s or 500ms.")
  String timeout;

  @Option(
      names = "--max-memory",
      paramLabel = "SIZE",
      description = "Cap the program's memory, e.g. 256M.")
  String maxMemory;

  @Option(
      names = "--print-argdata",
      description = "Print the encoded Argdata and the descriptor table, then exit.")
  boolean printArgdata;

  @Option(
      names = "--check",
      description = "Check the configuration and the executable; run nothing.")
  boolean check;

  @Parameters(index = "0", paramLabel = "EXECUTABLE", description = "The CloudABI program.")
  Path executable;

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  CloudabiRunMain(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    CommandLine cli = new CommandLine(new CloudabiRunMain(in, out, err));
    cli.setOut(new java.io.PrintWriter(out, true));
    cli.setErr(new java.io.PrintWriter(err, true));
    cli.setParameterExceptionHandler(
        (e, a) -> {
          err.println("cloudabi-run: " + e.getMessage());
          err.println("Usage: cloudabi-run [-e] EXECUTABLE < CONFIG.yaml   (--help for more)");
          return ExitCodes.LAUNCH_FAILURE;
        });
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          err.println("cloudabi-run: " + e.getMessage());
          return ExitCodes.LAUNCH_FAILURE;
        });
    return cli.execute(args);
  }

  @Override
  public Integer call() throws CliException {
    LaunchOptions options = options();
    LaunchConfig config = readConfig();
    if (!Files.isRegularFile(executable)) {
      throw new CliException("Failed to open executable " + executable + ": No such file");
    }
    if (check) {
      return check(config);
    }
    try (LaunchPlan plan = plan(config)) {
      if (printArgdata) {
        out.print(Summaries.argdata(plan));
        return 0;
      }
      return run(plan, options);
    }
  }

  private int check(LaunchConfig config) throws CliException {
    CloudAbiReport report;
    try {
      report = CompatibilityCheck.analyze(executable);
    } catch (IOException e) {
      throw new CliException(e.getMessage());
    }
    out.print(Summaries.check(executable, config, report));
    return report.isRunnable() ? 0 : ExitCodes.LAUNCH_FAILURE;
  }

  private int run(LaunchPlan plan, LaunchOptions options) throws CliException {
    List<TraceSubscriber> subscribers = new ArrayList<>();
    PrintStream traceOut = traceStream();
    if (traceOut != null) {
      subscribers.add(new TraceWriter(TraceFormat.named(traceFormat), traceOut));
    }
    ExitStatus status;
    try {
      Emulator emulator = Launcher.prepare(plan, options, subscribers);
      status = emulator.run();
    } catch (IOException e) {
      throw new CliException("Failed to start executable: " + e.getMessage());
    } finally {
      if (traceOut != null && traceOut != err) {
        traceOut.close();
      }
    }
    report(status);
    return ExitCodes.of(status);
  }

  private void report(ExitStatus status) {
    switch (status) {
      case ExitStatus.Exited e -> {}
      case ExitStatus.FailedToStart f -> err.println("Failed to start executable: " + f.reason());
      case ExitStatus.Crashed c -> {
        err.print(c.report().render());
        ExitCodes.signal(status).ifPresent(s -> err.println("terminated by " + s.name()));
      }
      default -> {
        ExitCodes.signal(status)
            .ifPresentOrElse(
                s -> err.println("terminated by " + s.name()),
                () -> err.println("cloudabi-run: " + status.describe()));
      }
    }
  }

  private LaunchOptions options() throws CliException {
    try {
      return new LaunchOptions(
          Optional.ofNullable(timeout).map(Quantities::parseDuration),
          maxMemory == null
              ? OptionalLong.empty()
              : OptionalLong.of(Quantities.parseSize(maxMemory)),
          deterministic == null ? OptionalLong.empty() : OptionalLong.of(deterministic),
          // A trace file must be complete: the program runs at the trace writer's pace.
          TraceOverflow.WAIT);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
  }

  private LaunchConfig readConfig() throws CliException {
    String source = configFile == null ? "stdin" : configFile.toString();
    try {
      if (configFile == null) {
        // Not closed: the guest may be given standard input too (!fd stdin), positioned after
        // the configuration as upstream's launcher leaves it.
        return Launcher.parse(source, new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      try (Reader reader = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
        return Launcher.parse(source, reader);
      }
    } catch (ConfigException e) {
      throw new CliException(e.getMessage());
    } catch (IOException e) {
      throw new CliException("Failed to read " + source + ": " + e.getMessage());
    }
  }

  private LaunchPlan plan(LaunchConfig config) throws CliException {
    try {
      return Launcher.plan(executable, config);
    } catch (ConfigException e) {
      throw new CliException(e.getMessage());
    }
  }

  private PrintStream traceStream() throws CliException {
    if (trace == null) {
      return null;
    }
    if (trace.equals("-")) {
      return err;
    }
    try {
      return new PrintStream(new java.io.FileOutputStream(trace), false, StandardCharsets.UTF_8);
    } catch (FileNotFoundException e) {
      throw new CliException("Cannot write the trace to " + trace + ": " + e.getMessage());
    }
  }
}
