package dev.cloudabi.emulator.runtime;

import dev.cloudabi.emulator.cpu.Arm64Register;
import dev.cloudabi.emulator.cpu.ArmRegister;
import dev.cloudabi.emulator.cpu.X86Register;
import dev.cloudabi.emulator.memory.GuestMemory;
import dev.cloudabi.emulator.unicorn.UnicornEngine;

/**
 * Per-thread CPU state before the first guest instruction (ABI §6.2): the TLS register and the
 * floating-point unit.
 */
final class ThreadSetup {
  /** i686 TLS segment: user data, base = the TLS slot. */
  private static final int GDT_TLS_INDEX = 1;

  /** i686 flat 32-bit data segment for SS/DS/ES (Unicorn starts them with empty caches). */
  private static final int GDT_FLAT_INDEX = 2;

  private ThreadSetup() {}

  /**
   * @param tlsSlot x86: the writable word holding the TCB address (the segment base points here)
   * @param tcb ARM: the TCB address for the thread register
   * @param gdt i686: where this thread's descriptor table lives
   */
  static void prepare(UnicornEngine cpu, GuestMemory memory, long tlsSlot, long tcb, long gdt) {
    switch (cpu.arch()) {
      case X86_64 -> cpu.write(X86Register.FS_BASE, tlsSlot);
      case I686 -> {
        memory.writeU64(gdt, 0);
        memory.writeU64(gdt + 8L * GDT_TLS_INDEX, dataDescriptor(tlsSlot, 3));
        memory.writeU64(gdt + 8L * GDT_FLAT_INDEX, dataDescriptor(0, 0));
        cpu.setGlobalDescriptorTable(gdt, 8 * (GDT_FLAT_INDEX + 1) - 1);
        // SS must have DPL = RPL = CPL (Unicorn runs at CPL 0); GS is an ordinary data segment.
        cpu.write(X86Register.SS, GDT_FLAT_INDEX << 3);
        cpu.write(X86Register.DS, GDT_FLAT_INDEX << 3);
        cpu.write(X86Register.ES, GDT_FLAT_INDEX << 3);
        cpu.write(X86Register.GS, (GDT_TLS_INDEX << 3) | 3);
      }
      case AARCH64 -> {
        // CPACR_EL1.FPEN = 0b11: no traps for FP/SIMD at EL0 and EL1.
        cpu.write(Arm64Register.CPACR_EL1, cpu.read(Arm64Register.CPACR_EL1) | (3L << 20));
        cpu.write(Arm64Register.TPIDR_EL0, tcb);
      }
      case ARMV6 -> {
        // CPACR: full access to cp10 and cp11 (VFP); FPEXC.EN switches the unit on.
        cpu.write(ArmRegister.CPACR, cpu.read(ArmRegister.CPACR) | 0x00F0_0000L);
        cpu.write(ArmRegister.FPEXC, 0x4000_0000L);
        cpu.write(ArmRegister.TPIDRURW, tcb);
      }
    }
  }

  /**
   * An x86 segment descriptor: present, read/write data, 4 GiB limit, 32-bit, based at {@code
   * base}, with privilege level {@code dpl}.
   */
  static long dataDescriptor(long base, int dpl) {
    long limit = 0xFFFFF;
    long access = 0x80 /* P */ | ((long) dpl << 5) | 0x10 /* S */ | 0x03 /* RW, accessed */;
    long flags = 0x8 /* G */ | 0x4 /* D/B */;
    return (limit & 0xFFFF)
        | ((base & 0xFFFFFF) << 16)
        | (access << 40)
        | (((limit >> 16) & 0xF) << 48)
        | (flags << 52)
        | (((base >> 24) & 0xFF) << 56);
  }
}
