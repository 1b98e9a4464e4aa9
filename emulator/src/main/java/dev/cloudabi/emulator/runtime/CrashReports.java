package dev.cloudabi.emulator.runtime;

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
      UnicornEngine cpu,
      GuestMemory memory,
      SymbolIndex symbols,
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
        instructionBytes(memory, pc));
  }

  private static String instructionBytes(GuestMemory memory, long pc) {
    int n = 0;
    while (n < 8
        && memory.protectionAt(pc + n) >= 0
        && (memory.protectionAt(pc + n) & Prot.READ) != 0) {
      n++;
    }
    if (n == 0) {
      return "";
    }
    byte[] bytes = memory.segment().asSlice(pc, n).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
    return "bytes " + HexFormat.ofDelimiter(" ").formatHex(bytes);
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
