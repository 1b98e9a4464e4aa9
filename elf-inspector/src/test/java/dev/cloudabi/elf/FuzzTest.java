package dev.cloudabi.elf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.elf.disasm.BranchKind;
import dev.cloudabi.elf.disasm.DisasmArch;
import dev.cloudabi.elf.disasm.Disassembler;
import dev.cloudabi.elf.disasm.Instruction;
import dev.cloudabi.elf.report.ElfJsonWriter;
import dev.cloudabi.elf.report.ElfReport;
import dev.cloudabi.elf.report.ElfTextReport;
import dev.cloudabi.elf.report.ReportOptions;
import dev.cloudabi.elf.testing.Corpus;
import dev.cloudabi.elf.testing.Mutator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 100 000 seeded mutations of small corpus files. Each must parse, decode every table, run both
 * analyses and print, ending in a model (plus diagnostics) or {@link ElfFormatException}, within
 * 100 ms. Failing inputs are written to target/fuzz-failures for a regression test.
 */
class FuzzTest {
  private static final int INPUTS = 100_000;
  private static final long SEED = 0x5eed_c10dabL;
  private static final long BUDGET_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
  private static final ElfParseLimits LIMITS = ElfParseLimits.defaults();
  private static final int WARM_UP = 2_000;
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void mutatedInputsEndInAModelOrTheDocumentedException() throws Exception {
    List<byte[]> seeds = seeds();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    // Untimed warm-up so the budget measures decoding, not the JIT's first compilations.
    for (int i = 0; i < WARM_UP; i++) {
      Random random = new Random(SEED - i);
      try {
        print(touchEverything(Mutator.mutate(seeds.get(i % seeds.size()), random)));
      } catch (ElfFormatException expected) {
        // fine
      }
    }
    // Two workers for the two cores; input i always gets the same bytes.
    IntStream.range(0, 2)
        .parallel()
        .forEach(
            worker -> {
              for (int i = worker; i < INPUTS && failures.size() < 10; i += 2) {
                Random random = new Random(SEED * 31 + i);
                byte[] input = Mutator.mutate(seeds.get(random.nextInt(seeds.size())), random);
                String failure = check(input, i);
                if (failure != null) {
                  failures.add(failure);
                }
              }
            });
    assertThat(failures).isEmpty();
  }

  private static String check(byte[] input, int index) {
    try {
      long elapsed = cpuTime(input);
      // Twice more before calling it slow: a run may pay for a GC or a JIT compilation.
      for (int retry = 0; retry < 2 && elapsed > BUDGET_NANOS; retry++) {
        elapsed = Math.min(elapsed, cpuTime(input));
      }
      if (elapsed > BUDGET_NANOS) {
        return save(input, index, "took " + elapsed / 1_000_000 + " ms of CPU time");
      }
      return null;
    } catch (ElfFormatException expected) {
      return null;
    } catch (Throwable t) {
      return save(input, index, t.toString());
    }
  }

  /**
   * CPU time of the thread, not wall time: the machine is shared, and a preempted thread has not
   * been slow. A hang is still caught by the test's timeout.
   */
  private static long cpuTime(byte[] input) throws ElfFormatException {
    long start = THREADS.getCurrentThreadCpuTime();
    ElfReport report = touchEverything(input);
    long elapsed = THREADS.getCurrentThreadCpuTime() - start;
    // Printing a quarter of the reports covers the writers and keeps the test near 30 s of CPU.
    if ((input.length & 3) == 0) {
      print(report);
    }
    return elapsed;
  }

  /** Parse, decode every table, run both analyses; the part the 100 ms budget covers. */
  static ElfReport touchEverything(byte[] input) throws ElfFormatException {
    ElfFile elf = ElfFile.parse(input, LIMITS);
    ReportOptions options =
        ReportOptions.defaults().withRelocations(true).withDisassembler(new EveryWordCalls());
    ElfReport report = ElfReport.of("fuzz", elf, options);
    elf.sysvHashTable().ifPresent(t -> t.lookup("cloudabi_sys_fd_write", symbols(elf)));
    elf.gnuHashTable().ifPresent(t -> t.lookup("cloudabi_sys_fd_write", symbols(elf)));
    elf.sections().forEach(s -> elf.sectionData(s).ifPresent(b -> b.limit()));
    return report;
  }

  /** Printing is checked for exceptions but not timed: its cost grows with the output. */
  static void print(ElfReport report) {
    ElfJsonWriter.toJson(report);
    ElfTextReport.format(report);
  }

  private static List<ElfSymbol> symbols(ElfFile elf) {
    return elf.dynamicSymbolTable().map(SymbolTable::symbols).orElse(List.of());
  }

  private static String save(byte[] input, int index, String what) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
      Path file = dir.resolve("input-" + index + ".elf");
      Files.write(file, input);
      return "input " + index + " (" + file + "): " + what;
    } catch (Exception e) {
      return "input " + index + ": " + what + " (not saved: " + e + ")";
    }
  }

  private static List<byte[]> seeds() throws Exception {
    List<Path> paths = new ArrayList<>();
    Corpus.cloudAbi().forEach(e -> paths.add(e.path()));
    Corpus.bigEndian().forEach(e -> paths.add(e.path()));
    Corpus.syscallPrograms().forEach(e -> paths.add(e.path()));
    Corpus.slotTablePrograms().forEach(e -> paths.add(e.path()));
    paths.add(Corpus.relrLibrary().path());
    paths.add(Corpus.host().get(0).path());
    List<byte[]> out = new ArrayList<>();
    for (Path p : paths) {
      out.add(Files.readAllBytes(p));
    }
    return out;
  }

  /** A stand-in disassembler: every aligned word is a call to an address taken from the bytes. */
  static final class EveryWordCalls implements Disassembler {
    @Override
    public boolean supports(DisasmArch arch) {
      return true;
    }

    @Override
    public List<Instruction> disassemble(DisasmArch arch, byte[] code, long address, int max) {
      List<Instruction> out = new ArrayList<>();
      int step = Math.max(arch.alignment(), 4);
      for (int at = 0; at + step <= code.length && out.size() < max; at += step) {
        byte[] bytes = Arrays.copyOfRange(code, at, at + step);
        long target = address + (bytes[0] * 16L);
        out.add(
            new Instruction(
                address + at, bytes, "call", "", BranchKind.CALL, OptionalLong.of(target)));
      }
      return out;
    }
  }
}
