package dev.cloudabi.elf.report;

import dev.cloudabi.elf.DynamicSection;
import dev.cloudabi.elf.ElfDiagnostic;
import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.ElfHeader;
import dev.cloudabi.elf.ElfNote;
import dev.cloudabi.elf.GnuHashTable;
import dev.cloudabi.elf.ProgramHeader;
import dev.cloudabi.elf.RelocationSection;
import dev.cloudabi.elf.SectionHeader;
import dev.cloudabi.elf.SymbolTable;
import dev.cloudabi.elf.SymbolVersions;
import dev.cloudabi.elf.SysvHashTable;
import dev.cloudabi.elf.analysis.CarriedNames;
import dev.cloudabi.elf.analysis.CloudAbiAnalyzer;
import dev.cloudabi.elf.analysis.CloudAbiReport;
import dev.cloudabi.elf.analysis.SyscallAnalyzer;
import dev.cloudabi.elf.analysis.SyscallCompatibility;
import dev.cloudabi.elf.analysis.SyscallImports;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Everything {@code cloudabi inspect} shows about one file: the decoded tables, the CloudABI
 * analysis, the syscall imports and the parser's diagnostics. Build it with {@link #of}; print it
 * with {@link ElfJsonWriter} or {@link ElfTextReport}.
 */
public record ElfReport(
    String file,
    long fileSize,
    ReportOptions options,
    ElfHeader header,
    List<ProgramHeader> programHeaders,
    List<SectionHeader> sections,
    Optional<SymbolTable> symbols,
    Optional<SymbolTable> dynamicSymbols,
    SymbolVersions versions,
    Optional<DynamicSection> dynamic,
    List<ElfNote> notes,
    List<RelocationSection> relocations,
    Optional<SysvHashTable> sysvHash,
    Optional<GnuHashTable> gnuHash,
    Optional<String> interpreter,
    CloudAbiReport cloudabi,
    SyscallImports syscalls,
    Optional<SyscallCompatibility> compatibility,
    List<ElfDiagnostic> diagnostics) {

  /** Decodes every table of {@code elf} and runs the analyses. */
  public static ElfReport of(String file, ElfFile elf, ReportOptions options) {
    // The scan for carried syscall names reads all read-only data (tens of megabytes in a big
    // library) and decodes no table, so it runs beside the symbol decoding; the rest of the
    // analysis stays here, in the order that gives diagnostics their order.
    CompletableFuture<CarriedNames> carried =
        CompletableFuture.supplyAsync(() -> SyscallAnalyzer.carriedNames(elf));
    Optional<SymbolTable> symtab = elf.symbolTable();
    Optional<SymbolTable> dynsym = elf.dynamicSymbolTable();
    SyscallImports syscalls = SyscallAnalyzer.analyze(elf, options.disassembler(), join(carried));
    ElfReport partial =
        new ElfReport(
            file,
            elf.fileSize(),
            options,
            elf.header(),
            elf.programHeaders(),
            elf.sections(),
            symtab,
            dynsym,
            elf.symbolVersions(),
            elf.dynamic(),
            elf.notes(),
            elf.relocations(),
            elf.sysvHashTable(),
            elf.gnuHashTable(),
            elf.interpreter(),
            CloudAbiAnalyzer.analyze(elf),
            syscalls,
            options.providedSyscalls().map(syscalls::compatibility),
            List.of());
    // Diagnostics last: decoding the tables above is what finds them.
    return partial.withDiagnostics(elf.diagnostics());
  }

  private static <T> T join(CompletableFuture<T> task) {
    try {
      return task.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  private ElfReport withDiagnostics(List<ElfDiagnostic> value) {
    return new ElfReport(
        file,
        fileSize,
        options,
        header,
        programHeaders,
        sections,
        symbols,
        dynamicSymbols,
        versions,
        dynamic,
        notes,
        relocations,
        sysvHash,
        gnuHash,
        interpreter,
        cloudabi,
        syscalls,
        compatibility,
        List.copyOf(value));
  }
}
