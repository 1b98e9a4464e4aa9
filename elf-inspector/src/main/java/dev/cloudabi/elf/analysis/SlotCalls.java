package dev.cloudabi.elf.analysis;

import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.ElfSymbol;
import dev.cloudabi.elf.SectionHeader;
import dev.cloudabi.elf.constants.SectionFlags;
import dev.cloudabi.elf.constants.SymbolInfo;
import dev.cloudabi.elf.disasm.CodeScanner;
import dev.cloudabi.elf.disasm.DisasmArch;
import dev.cloudabi.elf.disasm.Disassembler;
import dev.cloudabi.elf.disasm.Instruction;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Syscalls called through cloudlibc's exported slot table. cloudlibc of 2016–2017 kept the vDSO
 * pointers in a global {@code cloudabi_syscalls} struct (one pointer per name, in table order) and
 * inlined the {@code cloudabi_sys_*} wrappers, so its binaries have no wrapper symbols; their code
 * calls {@code [cloudabi_syscalls + 8 * slot]} instead. Recognised on x86 and x86-64, where the
 * slot is the call's memory operand; other machines load the slot into a register first, which this
 * linear scan does not follow.
 */
final class SlotCalls {
  static final String TABLE_SYMBOL = "cloudabi_syscalls";
  private static final int MAX_INSTRUCTIONS = 5_000_000;

  private SlotCalls() {}

  /** The slot table symbol, when the binary exports one. */
  static Optional<ElfSymbol> table(ElfFile elf) {
    return elf.symbolTable()
        .flatMap(t -> t.find(TABLE_SYMBOL))
        .or(() -> elf.dynamicSymbolTable().flatMap(t -> t.find(TABLE_SYMBOL)))
        .filter(s -> s.type() == SymbolInfo.STT_OBJECT && s.isDefined() && s.st_size() > 0);
  }

  /** Names of the slots that code calls or jumps through; empty when not analysable here. */
  static Optional<List<String>> reached(
      ElfFile elf, Disassembler disassembler, ElfSymbol table, List<String> names) {
    Optional<DisasmArch> arch =
        DisasmArch.forMachine(elf.header().e_machine(), elf.header().ei_class());
    if (arch.isEmpty()
        || arch.get() == DisasmArch.ARM
        || !disassembler.supports(arch.get())
        || names.isEmpty()) {
      return Optional.empty();
    }
    int pointer = elf.header().is64() ? 8 : 4;
    TreeSet<String> reached = new TreeSet<>();
    long budget = 2 * elf.fileSize() + (1 << 20);
    SlotTracker tracker =
        arch.get() == DisasmArch.AARCH64 ? new AArch64SlotTracker(elf) : new X86SlotTracker(elf);
    for (SectionHeader s : elf.sections()) {
      if ((s.sh_flags() & SectionFlags.SHF_EXECINSTR) == 0) {
        continue;
      }
      Optional<ByteBuffer> data = elf.sectionData(s);
      if (data.isEmpty() || (budget -= data.get().remaining()) < 0) {
        continue;
      }
      byte[] code = new byte[data.get().remaining()];
      data.get().get(code);
      for (Instruction i :
          CodeScanner.sweep(disassembler, arch.get(), code, s.sh_addr(), MAX_INSTRUCTIONS)) {
        long read = tracker.step(i);
        long offset = read - table.st_value();
        if (read != -1 && offset >= 0 && offset < table.st_size() && offset % pointer == 0) {
          int slot = (int) (offset / pointer);
          if (slot < names.size()) {
            reached.add(names.get(slot));
          }
        }
      }
    }
    return Optional.of(List.copyOf(reached));
  }
}
