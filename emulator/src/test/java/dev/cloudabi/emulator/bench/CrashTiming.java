package dev.cloudabi.emulator.bench;

import dev.cloudabi.emulator.Emulator;
import dev.cloudabi.emulator.EmulatorConfig;
import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.testing.GuestCode;
import dev.cloudabi.emulator.testing.TinyElf;

/** How long a crashing run takes end to end (load, fault, locate the instruction). */
public final class CrashTiming {
  private CrashTiming() {}

  public static void main(String[] args) {
    for (Arch arch : Arch.values()) {
      long t0 = System.nanoTime();
      var status =
          Emulator.create(
                  EmulatorConfig.builder(TinyElf.withCode(arch, GuestCode.nullStore(arch)).build())
                      .build())
              .run();
      System.out.printf(
          "%s: %d ms %s%n", arch, (System.nanoTime() - t0) / 1_000_000, status.describe());
    }
  }
}
