package dev.cloudabi.elf.analysis;

import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.ElfSymbol;
import dev.cloudabi.elf.disasm.Disassembler;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the system calls a CloudABI binary imports from its vDSO: the names it carries (works on
 * stripped binaries) and, with symbols and a disassembler, the wrappers its code reaches.
 */
public final class SyscallAnalyzer {
  private SyscallAnalyzer() {}

  public static SyscallImports analyze(ElfFile elf, Optional<Disassembler> disassembler) {
    return analyze(elf, disassembler, carriedNames(elf));
  }

  /**
   * The names the binary carries (the scan of its read-only data). It decodes no table, so it may
   * run on another thread while tables are decoded.
   */
  public static CarriedNames carriedNames(ElfFile elf) {
    return SyscallNameScanner.scan(elf);
  }

  /** {@link #analyze(ElfFile, Optional)} with the carried names already found. */
  public static SyscallImports analyze(
      ElfFile elf, Optional<Disassembler> disassembler, CarriedNames carried) {
    Map<String, ElfSymbol> wrappers = WrapperCalls.wrappers(elf);
    if (wrappers.isEmpty() && carried.table().isPresent()) {
      Optional<ElfSymbol> slots = SlotCalls.table(elf);
      if (slots.isPresent()) {
        java.util.List<String> names = carried.table().get().names();
        Optional<java.util.List<String>> reached =
            disassembler.flatMap(d -> SlotCalls.reached(elf, d, slots.get(), names));
        return new SyscallImports(
            carried, java.util.List.of(), reached, SyscallImports.VIA_SLOT_TABLE);
      }
    }
    Optional<java.util.List<String>> reached =
        disassembler.flatMap(d -> WrapperCalls.reached(elf, d, wrappers));
    return new SyscallImports(
        carried, new ArrayList<>(wrappers.keySet()), reached, SyscallImports.VIA_WRAPPERS);
  }
}
