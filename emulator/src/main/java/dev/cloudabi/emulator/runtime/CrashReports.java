package dev.cloudabi.emulator.runtime;

import dev.cloudabi.elf.disasm.DisasmArch;
import dev.cloudabi.elf.disasm.Disassembler;
import dev.cloudabi.elf.disasm.Instruction;
import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.cpu.Arm64Register;
import dev.cloudabi.emulator.cpu.ArmRegister;
import dev.cloudabi.emulator.cpu.Register;
import dev.cloudabi.emulator.cpu.X86Register;
import dev.cloudabi.emulator.crash.CrashReport;
import dev.cloudabi.emulator.crash.SymbolIndex;
import dev.cloudabi.emulator.memory.GuestMemory;
import dev.cloudabi.emulator.memory.Prot;
import dev.cloudabi.emulator.unicorn.UnicornEngine;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Assembles crash reports: registers, symbol + offset, the faulting instruction. */
final class CrashReports {
  private CrashReports() {}

  static CrashReport build(
      java.util.Optional<Disassembler> disassembler,
      UnicornEngine cpu,
      GuestMemory memory,
      SymbolIndex symbols,
      int thread,
      String reason,
      dev.cloudabi.emulator.abi.Signal signal,
      long pc,
      long faultAddress) {
    Map<String, Long> registers = new LinkedHashMap<>();
    for (Register register : registersOf(cpu.arch())) {
      registers.put(register.displayName(), cpu.read(register));
    }
    return new CrashReport(
        reason,
        signal,
        pc,
        faultAddress,
        registers,
        symbols.locate(pc),
        instruction(disassembler, cpu, memory, pc),
        thread);
  }

  /** Disassembly when a disassembler is configured, else the bytes at {@code pc}. */
  private static String instruction(
      java.util.Optional<Disassembler> disassembler,
      UnicornEngine cpu,
      GuestMemory memory,
      long pc) {
    byte[] bytes = readable(memory, pc, 16);
    if (bytes.length == 0) {
      return "";
    }
    if (disassembler.isEmpty()) {
      disassembler = capstone();
    }
    if (disassembler.isPresent()) {
      DisasmArch arch =
          switch (cpu.arch()) {
            case X86_64 -> DisasmArch.X86_64;
            case I686 -> DisasmArch.X86;
            case AARCH64 -> DisasmArch.AARCH64;
            case ARMV6 ->
                (cpu.read(ArmRegister.CPSR) & 0x20) != 0 ? DisasmArch.THUMB : DisasmArch.ARM;
          };
      try {
        if (disassembler.get().supports(arch)) {
          List<Instruction> decoded = disassembler.get().disassemble(arch, bytes, pc, 1);
          if (!decoded.isEmpty()) {
            Instruction insn = decoded.getFirst();
            return (insn.mnemonic() + " " + insn.operands()).trim()
                + "   ["
                + HexFormat.ofDelimiter(" ").formatHex(insn.bytes())
                + "]";
          }
        }
      } catch (RuntimeException e) {
        // A disassembler problem must not hide the crash itself; fall back to the bytes.
      }
    }
    return "bytes " + HexFormat.ofDelimiter(" ").formatHex(bytes, 0, Math.min(8, bytes.length));
  }

  /** The Capstone binding when its library is installed (only looked up after a crash). */
  private static java.util.Optional<Disassembler> capstone() {
    try {
      return java.util.Optional.of(dev.cloudabi.emulator.capstone.CapstoneDisassembler.load());
    } catch (RuntimeException | LinkageError e) {
      return java.util.Optional.empty();
    }
  }

  private static byte[] readable(GuestMemory memory, long pc, int max) {
    int n = 0;
    while (n < max
        && memory.protectionAt(pc + n) >= 0
        && (memory.protectionAt(pc + n) & Prot.READ) != 0) {
      n++;
    }
    return memory.segment().asSlice(pc, n).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
  }

  static List<Register> registersOf(Arch arch) {
    List<Register> list = new ArrayList<>();
    switch (arch) {
      case X86_64 -> {
        for (X86Register r : X86Register.values()) {
          if (r.width() == 8 && r != X86Register.FS_BASE) {
            list.add(r);
          }
        }
      }
      case I686 -> {
        for (X86Register r : X86Register.values()) {
          if (r.width() == 4) {
            list.add(r);
          }
        }
      }
      case AARCH64 -> {
        for (Arm64Register r : Arm64Register.values()) {
          if (r != Arm64Register.CPACR_EL1) {
            list.add(r);
          }
        }
      }
      case ARMV6 -> {
        for (ArmRegister r : ArmRegister.values()) {
          if (r != ArmRegister.CPACR && r != ArmRegister.FPEXC) {
            list.add(r);
          }
        }
      }
    }
    return list;
  }
}
