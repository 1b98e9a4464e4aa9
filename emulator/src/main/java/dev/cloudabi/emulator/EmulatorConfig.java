package dev.cloudabi.emulator;

import dev.cloudabi.elf.disasm.Disassembler;
import dev.cloudabi.emulator.env.GuestClock;
import dev.cloudabi.emulator.env.RandomSource;
import dev.cloudabi.emulator.fd.InjectedFd;
import dev.cloudabi.emulator.trace.TraceOverflow;
import dev.cloudabi.emulator.trace.TraceSubscriber;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one run needs, immutable. Build with {@link #builder(byte[])}.
 *
 * @param executable the CloudABI ELF file
 * @param argdata the Argdata buffer ({@code AT_ARGDATA}); may be empty
 * @param descriptors guest fd {@code i} is element {@code i}
 * @param clock the guest's clocks ({@link GuestClock#deterministic} for tests)
 * @param random the guest's randomness ({@link RandomSource#seeded} for tests)
 * @param cpuCount {@code AT_NCPUS}
 * @param traceSubscribers receive {@link dev.cloudabi.emulator.trace.TraceEvent}s
 * @param traceCapacity events buffered for the trace's subscribers
 * @param traceOverflow what happens when they fall behind: by default the guest never waits and
 *     events that do not fit are counted as dropped ({@link TraceOverflow#DROP})
 * @param disassembler decodes the faulting instruction in crash reports (the Capstone binding);
 *     without one, reports show the instruction bytes
 */
public record EmulatorConfig(
    byte[] executable,
    byte[] argdata,
    List<InjectedFd> descriptors,
    Limits limits,
    GuestClock clock,
    RandomSource random,
    int cpuCount,
    List<TraceSubscriber> traceSubscribers,
    int traceCapacity,
    TraceOverflow traceOverflow,
    Optional<Disassembler> disassembler) {
  public EmulatorConfig {
    executable = executable.clone();
    argdata = argdata.clone();
    descriptors = List.copyOf(descriptors);
    traceSubscribers = List.copyOf(traceSubscribers);
    Objects.requireNonNull(limits);
    Objects.requireNonNull(clock);
    Objects.requireNonNull(random);
    Objects.requireNonNull(traceOverflow);
    Objects.requireNonNull(disassembler);
  }

  @Override
  public byte[] executable() {
    return executable.clone();
  }

  @Override
  public byte[] argdata() {
    return argdata.clone();
  }

  public static Builder builder(byte[] executable) {
    return new Builder(executable);
  }

  public static Builder builder(Path executable) throws IOException {
    return new Builder(Files.readAllBytes(executable));
  }

  /** Collects settings; defaults: no Argdata, no descriptors, default limits, host clock. */
  public static final class Builder {
    private final byte[] executable;
    private byte[] argdata = new byte[0];
    private final List<InjectedFd> descriptors = new ArrayList<>();
    private Limits limits = Limits.defaults();
    private GuestClock clock = GuestClock.system();
    private RandomSource random = RandomSource.secure();
    private int cpuCount = 1;
    private final List<TraceSubscriber> subscribers = new ArrayList<>();
    private int traceCapacity = dev.cloudabi.emulator.trace.TraceBus.DEFAULT_CAPACITY;
    private TraceOverflow traceOverflow = TraceOverflow.DROP;
    private Disassembler disassembler;

    private Builder(byte[] executable) {
      this.executable = executable.clone();
    }

    public Builder argdata(byte[] value) {
      this.argdata = value.clone();
      return this;
    }

    /** Appends a descriptor: the first becomes guest fd 0, the next fd 1, …. */
    public Builder descriptor(InjectedFd fd) {
      descriptors.add(fd);
      return this;
    }

    public Builder limits(Limits value) {
      this.limits = value;
      return this;
    }

    public Builder clock(GuestClock value) {
      this.clock = value;
      return this;
    }

    public Builder random(RandomSource value) {
      this.random = value;
      return this;
    }

    /** Deterministic clock and randomness from one seed (tests and replay). */
    public Builder deterministic(long seed) {
      this.clock = GuestClock.deterministic(1_600_000_000_000_000_000L, 1_000);
      this.random = RandomSource.seeded(seed);
      return this;
    }

    public Builder cpuCount(int value) {
      this.cpuCount = value;
      return this;
    }

    public Builder subscribe(TraceSubscriber subscriber) {
      subscribers.add(subscriber);
      return this;
    }

    public Builder traceCapacity(int value) {
      this.traceCapacity = value;
      return this;
    }

    public Builder traceOverflow(TraceOverflow value) {
      this.traceOverflow = Objects.requireNonNull(value);
      return this;
    }

    /** Disassembles the faulting instruction of crash reports. */
    public Builder disassembler(Disassembler value) {
      this.disassembler = value;
      return this;
    }

    public EmulatorConfig build() {
      return new EmulatorConfig(
          executable,
          argdata,
          descriptors,
          limits,
          clock,
          random,
          cpuCount,
          subscribers,
          traceCapacity,
          traceOverflow,
          Optional.ofNullable(disassembler));
    }
  }
}
