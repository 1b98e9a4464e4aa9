package dev.cloudabi.runner.api;

import dev.cloudabi.argdata.Argdata;
import dev.cloudabi.emulator.Emulator;
import dev.cloudabi.emulator.EmulatorConfig;
import dev.cloudabi.emulator.Limits;
import dev.cloudabi.emulator.trace.TraceSubscriber;
import dev.cloudabi.runner.config.ConfigException;
import dev.cloudabi.runner.config.DescriptorSpec;
import dev.cloudabi.runner.config.LaunchConfig;
import dev.cloudabi.runner.config.LaunchConfigParser;
import dev.cloudabi.runner.host.HostDescriptorOpener;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The runner as a service, for the command line and the app: parse a configuration, open what it
 * grants, and run the program in the emulator.
 */
public final class Launcher {
  private Launcher() {}

  /** Parses and checks a configuration without opening anything. */
  public static LaunchConfig parse(String sourceName, Reader config) throws ConfigException {
    return LaunchConfigParser.parse(sourceName, config);
  }

  /** Opens the descriptors of {@code config} and encodes its Argdata. */
  public static LaunchPlan plan(Path executable, LaunchConfig config) throws ConfigException {
    HostDescriptorOpener opener = new HostDescriptorOpener(executable);
    List<PlannedDescriptor> descriptors = new ArrayList<>();
    try {
      for (DescriptorSpec spec : config.descriptors()) {
        descriptors.add(new PlannedDescriptor(descriptors.size(), spec, opener.open(spec)));
      }
    } catch (ConfigException e) {
      new LaunchPlan(executable, config.argdata(), new byte[0], descriptors).close();
      throw e;
    }
    return new LaunchPlan(
        executable, config.argdata(), Argdata.encode(config.argdata()), descriptors);
  }

  /** The emulator's settings for a plan. */
  public static EmulatorConfig emulatorConfig(
      LaunchPlan plan, LaunchOptions options, List<TraceSubscriber> subscribers)
      throws IOException {
    EmulatorConfig.Builder builder =
        EmulatorConfig.builder(plan.executable()).argdata(plan.argdataBytes());
    plan.descriptors().forEach(d -> builder.descriptor(d.fd()));
    Limits limits = Limits.defaults();
    if (options.timeout().isPresent()) {
      limits = limits.withWallClock(options.timeout().get());
    }
    if (options.maxMemory().isPresent()) {
      limits = limits.withMemoryCap(options.maxMemory().getAsLong());
    }
    builder.limits(limits);
    options.deterministicSeed().ifPresent(builder::deterministic);
    subscribers.forEach(builder::subscribe);
    builder.traceOverflow(options.traceOverflow());
    return builder.build();
  }

  /** Starts a run; {@link Emulator#run()} blocks until it ends, {@link Emulator#stop()} ends it. */
  public static Emulator prepare(
      LaunchPlan plan, LaunchOptions options, List<TraceSubscriber> subscribers)
      throws IOException {
    return Emulator.create(emulatorConfig(plan, options, subscribers));
  }
}
