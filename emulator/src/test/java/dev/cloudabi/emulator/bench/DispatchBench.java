package dev.cloudabi.emulator.bench;

import dev.cloudabi.emulator.Emulator;
import dev.cloudabi.emulator.EmulatorConfig;
import dev.cloudabi.emulator.ExitStatus;
import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.testing.TinyElf;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The cost of one trip through the vDSO: an x86_64 guest calls {@code clock_time_get(MONOTONIC)} N
 * times in a tight loop, then {@code proc_exit(0)}. {@code DispatchBench N [trace]}.
 */
public final class DispatchBench {
  private DispatchBench() {}

  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    boolean trace = args.length > 1 && args[1].equals("trace");
    byte[] code = {
      (byte) 0xBB,
      (byte) n,
      (byte) (n >> 8),
      (byte) (n >> 16),
      (byte) (n >> 24), // mov ebx, n
      (byte) 0xBF,
      1,
      0,
      0,
      0, // loop: mov edi, 1
      0x48,
      (byte) 0x8D,
      0x54,
      0x24,
      (byte) 0xC0, // lea rdx, [rsp-64]
      (byte) 0xB8,
      0x10,
      0x10,
      (byte) 0xFF,
      (byte) 0xFF, // mov eax, clock_time_get stub
      (byte) 0xFF,
      (byte) 0xD0, // call rax
      (byte) 0xFF,
      (byte) 0xCB, // dec ebx
      0x75,
      (byte) 0xEB, // jnz loop
      0x31,
      (byte) 0xFF, // xor edi, edi
      (byte) 0xB8,
      0x70,
      0x12,
      (byte) 0xFF,
      (byte) 0xFF, // mov eax, proc_exit stub
      (byte) 0xFF,
      (byte) 0xD0, // call rax
      (byte) 0xEB,
      (byte) 0xFE // jmp .
    };
    EmulatorConfig.Builder builder =
        EmulatorConfig.builder(TinyElf.withCode(Arch.X86_64, code).build());
    long[] events = new long[1];
    if (trace) {
      builder.subscribe(e -> events[0]++);
    }
    int rounds = Integer.getInteger("rounds", 3);
    for (int round = 0; round < rounds; round++) {
      var threads = ManagementFactory.getThreadMXBean();
      long cpu0 = threads.getCurrentThreadCpuTime();
      long wall0 = System.nanoTime();
      ExitStatus status = Emulator.create(builder.build()).run();
      long wall = System.nanoTime() - wall0;
      long cpu = threads.getCurrentThreadCpuTime() - cpu0;
      System.out.printf(
          Locale.ROOT,
          "%d calls%s: %s, wall %.0f ms (%.2f M/s), cpu %.0f ms (%.2f M/s)%n",
          n,
          trace ? " traced" : "",
          status.describe(),
          wall / 1e6,
          n / (wall / 1e3),
          cpu / 1e6,
          n / (cpu / 1e3));
    }
  }
}
