package dev.cloudabi.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.emulator.abi.Signal;
import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.testing.GuestCode;
import dev.cloudabi.emulator.testing.TinyElf;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every way a run can end, on every architecture, with tiny hand-assembled guests. */
class ProcessEndingsTest {
  /** Default limits plus a wall clock, so a wrong result cannot hang the suite. */
  private static final Limits SAFE = Limits.defaults().withWallClock(Duration.ofSeconds(10));

  private static ExitStatus run(byte[] executable, Limits limits) {
    return Emulator.create(EmulatorConfig.builder(executable).limits(limits).build()).run();
  }

  @ParameterizedTest
  @EnumSource(Arch.class)
  void nullStoreCrashesWithTheExactInstructionAndAddress(Arch arch) {
    TinyElf elf = TinyElf.withCode(arch, GuestCode.nullStore(arch));
    long base = arch.is64Bit() ? 0x0040_0000L - 0x1000 + elf.codeAddress() : elf.codeAddress();

    ExitStatus status = run(elf.build(), SAFE);

    assertThat(status).isInstanceOf(ExitStatus.Crashed.class);
    var report = ((ExitStatus.Crashed) status).report();
    assertThat(report.reason()).isEqualTo("write to unmapped memory");
    assertThat(report.signal()).isEqualTo(Signal.SIGSEGV);
    assertThat(report.faultAddress()).isZero();
    assertThat(report.pc()).isEqualTo(base + GuestCode.nullStoreOffset(arch));
    assertThat(report.registers()).isNotEmpty();
    if (capstoneInstalled()) {
      assertThat(report.instruction())
          .startsWith(arch == Arch.X86_64 || arch == Arch.I686 ? "mov" : "str");
    } else {
      assertThat(report.instruction()).startsWith("bytes ");
    }
  }

  private static boolean capstoneInstalled() {
    try {
      dev.cloudabi.emulator.capstone.CapstoneDisassembler.load();
      return true;
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  @ParameterizedTest
  @EnumSource(Arch.class)
  void storeIntoCodeCrashesAsAPermissionViolationAtTheExactInstruction(Arch arch) {
    TinyElf elf = TinyElf.withCode(arch, GuestCode.codeStore(arch));
    long base = arch.is64Bit() ? 0x0040_0000L - 0x1000 + elf.codeAddress() : elf.codeAddress();

    ExitStatus status = run(elf.build(), SAFE);

    assertThat(status).isInstanceOf(ExitStatus.Crashed.class);
    var report = ((ExitStatus.Crashed) status).report();
    assertThat(report.reason()).isEqualTo("write to memory without write permission");
    assertThat(report.signal()).isEqualTo(Signal.SIGSEGV);
    assertThat(report.faultAddress()).isEqualTo(base + GuestCode.codeStoreTarget(arch));
    assertThat(report.pc()).isEqualTo(base + GuestCode.codeStoreOffset(arch));
  }

  /**
   * ARM exclusive loads need natural alignment. (x86 has no alignment faults here: Unicorn, like
   * QEMU, emulates neither the AC flag's checks nor SSE's alignment faults.)
   */
  @ParameterizedTest
  @EnumSource(
      value = Arch.class,
      names = {"AARCH64", "ARMV6"})
  void misalignedExclusiveLoadCrashesWithSigbusAtTheExactInstruction(Arch arch) {
    TinyElf elf = TinyElf.withCode(arch, GuestCode.misalignedLoad(arch));
    long base = arch.is64Bit() ? 0x0040_0000L - 0x1000 + elf.codeAddress() : elf.codeAddress();

    ExitStatus status = run(elf.build(), SAFE);

    assertThat(status).isInstanceOf(ExitStatus.Crashed.class);
    var report = ((ExitStatus.Crashed) status).report();
    assertThat(report.reason()).contains("misaligned");
    assertThat(report.signal()).isEqualTo(Signal.SIGBUS);
    assertThat(report.pc()).isEqualTo(base + GuestCode.misalignedLoadOffset(arch));
    if (capstoneInstalled()) {
      assertThat(report.faultAddress()).isEqualTo(report.registers().get("sp") + 1);
    }
  }

  @ParameterizedTest
  @EnumSource(Arch.class)
  void undefinedInstructionCrashesWithSigill(Arch arch) {
    ExitStatus status = run(TinyElf.withCode(arch, GuestCode.undefined(arch)).build(), SAFE);

    assertThat(status).isInstanceOf(ExitStatus.Crashed.class);
    assertThat(((ExitStatus.Crashed) status).report().signal()).isEqualTo(Signal.SIGILL);
  }

  @ParameterizedTest
  @EnumSource(Arch.class)
  void endlessLoopTimesOut(Arch arch) {
    Duration limit = Duration.ofMillis(200);
    ExitStatus status =
        run(
            TinyElf.withCode(arch, GuestCode.spin(arch)).build(),
            Limits.defaults().withWallClock(limit));

    assertThat(status).isEqualTo(new ExitStatus.TimedOut(limit));
  }

  @ParameterizedTest
  @EnumSource(Arch.class)
  void endlessLoopExhaustsTheInstructionBudget(Arch arch) {
    ExitStatus status =
        run(
            TinyElf.withCode(arch, GuestCode.spin(arch)).build(),
            SAFE.withInstructionBudget(10_000));

    assertThat(status).isEqualTo(new ExitStatus.BudgetExhausted(10_000));
  }

  @ParameterizedTest
  @EnumSource(Arch.class)
  void stopFromAnotherThreadEndsTheRun(Arch arch) throws Exception {
    Emulator emulator =
        Emulator.create(
            EmulatorConfig.builder(TinyElf.withCode(arch, GuestCode.spin(arch)).build()).build());
    CompletableFuture<ExitStatus> result = CompletableFuture.supplyAsync(emulator::run);
    Thread.sleep(150);

    emulator.stop();

    // The latency (well under 100 ms) is measured by bench/StopLatencyBench, not asserted here.
    assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo(new ExitStatus.Stopped());
  }

  @org.junit.jupiter.api.Test
  void stopEndsAGuestBlockedReadingAnEmptyPipe(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path program =
        java.nio.file.Path.of(
            "..", "resources", "examples", "stdin_echo", "prebuilt", "x86_64", "stdin_echo");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.nio.file.Files.isRegularFile(program), "the SDK's stdin_echo is not built");
    java.nio.file.Path fifo = dir.resolve("fifo");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    // Keep a writer open that never writes, so the guest's read blocks.
    CompletableFuture<java.io.OutputStream> writer =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return new java.io.FileOutputStream(fifo.toFile());
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    var reader =
        dev.cloudabi.emulator.host.HostObjects.openStream(
            dev.cloudabi.emulator.host.AmbientAuthority.forLauncher(), fifo, false);
    try (java.io.OutputStream ignored = writer.get(5, TimeUnit.SECONDS)) {
      Emulator emulator =
          Emulator.create(
              EmulatorConfig.builder(program)
                  .argdata(
                      dev.cloudabi.argdata.Argdata.encode(
                          dev.cloudabi.argdata.Argdata.map()
                              .put("stdin", dev.cloudabi.argdata.Argdata.fd(0))
                              .put("stdout", dev.cloudabi.argdata.Argdata.fd(1))
                              .build()))
                  .descriptor(dev.cloudabi.emulator.fd.InjectedFd.terminal(reader))
                  .descriptor(
                      dev.cloudabi.emulator.fd.InjectedFd.terminal(
                          new dev.cloudabi.emulator.host.HostOutputStream(
                              java.io.OutputStream.nullOutputStream(), false)))
                  .limits(SAFE)
                  .build());
      CompletableFuture<ExitStatus> result = CompletableFuture.supplyAsync(emulator::run);
      Thread.sleep(500);
      assertThat(result).isNotDone();

      emulator.stop();

      assertThat(result.get(5, TimeUnit.SECONDS)).isEqualTo(new ExitStatus.Stopped());
    }
  }
}
