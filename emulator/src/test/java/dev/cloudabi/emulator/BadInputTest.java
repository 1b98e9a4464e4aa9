package dev.cloudabi.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.testing.GuestCode;
import dev.cloudabi.emulator.testing.TinyElf;
import org.junit.jupiter.api.Test;

/** Inputs that must be refused with a clear message before any guest instruction runs. */
class BadInputTest {
  private static String failure(byte[] executable) {
    // A wall-clock limit keeps a wrongly accepted spinning guest from hanging the suite.
    return failure(
        EmulatorConfig.builder(executable)
            .limits(Limits.defaults().withWallClock(java.time.Duration.ofSeconds(5)))
            .build());
  }

  private static String failure(EmulatorConfig config) {
    ExitStatus status = Emulator.create(config).run();
    assertThat(status).isInstanceOf(ExitStatus.FailedToStart.class);
    return ((ExitStatus.FailedToStart) status).reason();
  }

  private static TinyElf spinning(Arch arch) {
    return TinyElf.withCode(arch, GuestCode.spin(arch));
  }

  @Test
  void textIsNotAnElfFile() {
    assertThat(failure("#!/bin/sh\necho hi\n".getBytes())).startsWith("not an ELF file");
  }

  @Test
  void emptyFileIsNotAnElfFile() {
    assertThat(failure(new byte[0])).startsWith("not an ELF file");
  }

  @Test
  void linuxExecutableIsNotACloudabiExecutable() {
    assertThat(failure(spinning(Arch.X86_64).osabi(0).build()))
        .contains("not a CloudABI executable")
        .contains("EI_OSABI is 0");
  }

  @Test
  void unsupportedMachineIsNamed() {
    assertThat(failure(spinning(Arch.X86_64).machine(243).build()))
        .contains("unsupported machine")
        .contains("243");
  }

  @Test
  void sharedObjectTypeIsRefused() {
    assertThat(failure(spinning(Arch.I686).type(4).build())).contains("e_type is 4");
  }

  @Test
  void interpreterIsRefused() {
    assertThat(failure(spinning(Arch.ARMV6).interpreter().build())).contains("PT_INTERP");
  }

  @Test
  void overlappingSegmentsAreRefused() {
    TinyElf elf = spinning(Arch.I686);
    elf.load(new TinyElf.Load(elf.codeAddress() + 1, new byte[16], 16, 6));
    assertThat(failure(elf.build())).contains("overlap");
  }

  @Test
  void hugeSegmentIsRefused() {
    TinyElf elf = spinning(Arch.ARMV6);
    elf.load(new TinyElf.Load(0x100000, new byte[16], 3L << 30, 6));
    assertThat(failure(elf.build())).contains("span");
  }

  @Test
  void entryPointOutsideCodeIsRefused() {
    assertThat(failure(spinning(Arch.AARCH64).entry(0x9000).build()))
        .contains("entry point e_entry = 0x9000");
  }

  @Test
  void noLoadableSegmentIsRefused() {
    assertThat(failure(TinyElf.of(Arch.X86_64).entry(0x1000).build())).contains("no PT_LOAD");
  }

  @Test
  void argdataOverTheLimitIsRefused() {
    EmulatorConfig config =
        EmulatorConfig.builder(spinning(Arch.X86_64).build())
            .argdata(new byte[2048])
            .limits(
                Limits.defaults()
                    .withMaxArgdataBytes(1024)
                    .withWallClock(java.time.Duration.ofSeconds(5)))
            .build();
    assertThat(failure(config)).contains("Argdata buffer has 2048 bytes");
  }

  @Test
  void segmentBeyondTheFileIsRefused() {
    byte[] bytes = spinning(Arch.X86_64).build();
    byte[] truncated = java.util.Arrays.copyOf(bytes, 0x1000);
    assertThat(failure(truncated)).containsAnyOf("outside the file", "not an ELF file");
  }
}
