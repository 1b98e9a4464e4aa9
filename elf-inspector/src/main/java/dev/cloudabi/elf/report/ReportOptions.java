package dev.cloudabi.elf.report;

import dev.cloudabi.elf.disasm.Disassembler;
import java.util.List;
import java.util.Optional;

/**
 * What an {@link ElfReport} contains beyond the headers.
 *
 * @param symbols list every symbol (otherwise only the counts)
 * @param relocations list every relocation (otherwise only the counts)
 * @param disassembler finds the reached syscall wrappers when present
 * @param providedSyscalls a runtime's vDSO list to check the syscall imports against
 */
public record ReportOptions(
    boolean symbols,
    boolean relocations,
    Optional<Disassembler> disassembler,
    Optional<List<String>> providedSyscalls) {

  /** Symbols listed, relocations counted, no disassembly, no compatibility check. */
  public static ReportOptions defaults() {
    return new ReportOptions(true, false, Optional.empty(), Optional.empty());
  }

  public ReportOptions withSymbols(boolean value) {
    return new ReportOptions(value, relocations, disassembler, providedSyscalls);
  }

  public ReportOptions withRelocations(boolean value) {
    return new ReportOptions(symbols, value, disassembler, providedSyscalls);
  }

  public ReportOptions withDisassembler(Disassembler value) {
    return new ReportOptions(symbols, relocations, Optional.of(value), providedSyscalls);
  }

  public ReportOptions withProvidedSyscalls(List<String> value) {
    return new ReportOptions(symbols, relocations, disassembler, Optional.of(List.copyOf(value)));
  }
}
