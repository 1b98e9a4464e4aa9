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
import dev.cloudabi.emulator.crash.MemoryOperand;
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

  /**
   * @param faultAddress the accessed address, or -1 when unknown
   * @param addressFromInstruction when the address is unknown, work it out from the faulting
   *     instruction's memory operand (ARM data aborts, which Unicorn reports without it)
   */
  static CrashReport build(
      java.util.Optional<Disassembler> disassembler,
      UnicornEngine cpu,
      GuestMemory memory,
      SymbolIndex symbols,
      int thread,
      String reason,
      dev.cloudabi.emulator.abi.Signal signal,
      long pc,
      long faultAddress,
      boolean addressFromInstruction) {
    Map<String, Long> registers = new LinkedHashMap<>();
    for (Register register : registersOf(cpu.arch())) {
      registers.put(register.displayName(), cpu.read(register));
    }
    byte[] bytes = readable(memory, pc, 16);
    java.util.Optional<Instruction> decoded = decode(disassembler, cpu, bytes, pc);
    long address = faultAddress;
    if (address < 0 && addressFromInstruction && decoded.isPresent()) {
      Instruction insn = decoded.get();
      address =
          MemoryOperand.address(cpu.arch(), insn.mnemonic(), insn.operands(), pc, registers)
              .orElse(-1);
    }
    return new CrashReport(
        reason,
        signal,
        pc,
        address,
        registers,
        symbols.locate(pc),
        describe(decoded, bytes),
        thread);
  }

  /** The instruction at {@code pc}, when a disassembler (given, or Capstone) can decode it. */
  private static java.util.Optional<Instruction> decode(
      java.util.Optional<Disassembler> disassembler, UnicornEngine cpu, byte[] bytes, long pc) {
    if (bytes.length == 0) {
      return java.util.Optional.empty();
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
            return java.util.Optional.of(decoded.getFirst());
          }
        }
      } catch (RuntimeException e) {
        // A disassembler problem must not hide the crash itself; fall back to the bytes.
      }
    }
    return java.util.Optional.empty();
  }

  /** The disassembly with its bytes, else the raw bytes (none where {@code pc} is unreadable). */
  private static String describe(java.util.Optional<Instruction> decoded, byte[] bytes) {
    if (decoded.isPresent()) {
      Instruction insn = decoded.get();
      return (insn.mnemonic() + " " + insn.operands()).trim()
          + "   ["
          + HexFormat.ofDelimiter(" ").formatHex(insn.bytes())
          + "]";
    }
    if (bytes.length == 0) {
      return "";
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
