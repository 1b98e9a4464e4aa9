package dev.cloudabi.elf.bench;

import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.ElfFormatException;
import dev.cloudabi.elf.ElfParseLimits;
import dev.cloudabi.elf.SymbolTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm parse of a big shared library (run by {@code scripts/bench-elf}): map it, decode the header,
 * program and section headers, and every symbol of {@code .dynsym} (with versions) and {@code
 * .symtab}; the same information {@code llvm-readelf -S --symbols --dyn-syms} prints.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ElfParseBenchmark {
  @Param("/usr/lib/x86_64-linux-gnu/libLLVM-14.so.1")
  public String file;

  private final ElfParseLimits limits = ElfParseLimits.defaults();

  /** Open only: header, program headers, section headers and names. */
  @Benchmark
  public int openHeadersAndSections() throws IOException, ElfFormatException {
    ElfFile elf = ElfFile.parse(Path.of(file), limits);
    return elf.sections().size() + elf.programHeaders().size();
  }

  /** Open plus every symbol: what llvm-readelf -S --symbols --dyn-syms needs. */
  @Benchmark
  public long parseHeadersSectionsAndAllSymbols() throws IOException, ElfFormatException {
    ElfFile elf = ElfFile.parse(Path.of(file), limits);
    long sum = elf.sections().size();
    for (SymbolTable table :
        new SymbolTable[] {elf.dynamicSymbolTable().orElse(null), elf.symbolTable().orElse(null)}) {
      if (table != null) {
        sum += table.symbols().size();
        sum += table.symbols().get(table.symbols().size() - 1).name().length();
      }
    }
    return sum;
  }
}
