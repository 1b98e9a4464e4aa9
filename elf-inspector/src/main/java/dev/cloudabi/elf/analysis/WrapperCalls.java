package dev.cloudabi.elf.analysis;

import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.ElfSymbol;
import dev.cloudabi.elf.SectionHeader;
import dev.cloudabi.elf.SymbolTable;
import dev.cloudabi.elf.constants.Machines;
import dev.cloudabi.elf.constants.SectionFlags;
import dev.cloudabi.elf.constants.SymbolInfo;
import dev.cloudabi.elf.disasm.BranchKind;
import dev.cloudabi.elf.disasm.CodeScanner;
import dev.cloudabi.elf.disasm.DisasmArch;
import dev.cloudabi.elf.disasm.Disassembler;
import dev.cloudabi.elf.disasm.Instruction;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which {@code cloudabi_sys_*} wrapper functions code reaches: the direct call and jump targets
 * found by disassembling every executable section, matched against the wrappers' symbols.
 */
final class WrapperCalls {
  private static final int MAX_INSTRUCTIONS = 5_000_000;

  private WrapperCalls() {}

  /** The wrapper symbols ({@code STT_FUNC}, defined), by name without the prefix. */
  static Map<String, ElfSymbol> wrappers(ElfFile elf) {
    Map<String, ElfSymbol> out = new TreeMap<>();
    for (Optional<SymbolTable> table : List.of(elf.symbolTable(), elf.dynamicSymbolTable())) {
      table.ifPresent(
          t -> {
            for (ElfSymbol s : t.symbols()) {
              if (s.type() == SymbolInfo.STT_FUNC
                  && s.isDefined()
                  && s.name().startsWith(CloudAbiSyscalls.PREFIX)) {
                out.putIfAbsent(CloudAbiSyscalls.strip(s.name()), s);
              }
            }
          });
    }
    return out;
  }

  /** Names whose wrapper is the target of a direct branch from outside the wrapper itself. */
  static Optional<List<String>> reached(
      ElfFile elf, Disassembler disassembler, Map<String, ElfSymbol> wrappers) {
    Optional<DisasmArch> arch =
        DisasmArch.forMachine(elf.header().e_machine(), elf.header().ei_class());
    if (wrappers.isEmpty() || arch.isEmpty() || !disassembler.supports(arch.get())) {
      return Optional.empty();
    }
    boolean arm = elf.header().e_machine() == Machines.EM_ARM;
    Map<Long, String> byAddress = new HashMap<>();
    for (Map.Entry<String, ElfSymbol> w : wrappers.entrySet()) {
      byAddress.put(codeAddress(w.getValue().st_value(), arm), w.getKey());
    }
    TreeSet<String> reached = new TreeSet<>();
    // Section headers may repeat the same bytes: sweep at most twice the file (plus 1 MiB).
    long budget = 2 * elf.fileSize() + (1 << 20);
    for (SectionHeader s : elf.sections()) {
      if ((s.sh_flags() & SectionFlags.SHF_EXECINSTR) == 0 || !s.hasFileData()) {
        continue;
      }
      Optional<ByteBuffer> data = elf.sectionData(s);
      if (data.isEmpty() || (budget -= data.get().remaining()) < 0) {
        continue;
      }
      byte[] code = new byte[data.get().remaining()];
      data.get().get(code);
      for (CodeRange range : CodeRange.of(elf, s, arch.get(), code.length)) {
        byte[] part = java.util.Arrays.copyOfRange(code, range.from(), range.to());
        for (Instruction i :
            CodeScanner.sweep(
                disassembler, range.arch(), part, s.sh_addr() + range.from(), MAX_INSTRUCTIONS)) {
          if (i.kind() == BranchKind.NONE || i.kind() == BranchKind.RETURN) {
            continue;
          }
          if (i.branchTarget().isPresent()) {
            String name = byAddress.get(codeAddress(i.branchTarget().getAsLong(), arm));
            if (name != null && !inside(wrappers.get(name), i.address(), arm)) {
              reached.add(name);
            }
          }
        }
      }
    }
    return Optional.of(new ArrayList<>(reached));
  }

  private static long codeAddress(long value, boolean arm) {
    return arm ? value & ~1L : value;
  }

  private static boolean inside(ElfSymbol function, long address, boolean arm) {
    long start = codeAddress(function.st_value(), arm);
    return address >= start && address < start + Math.max(1, function.st_size());
  }
}
