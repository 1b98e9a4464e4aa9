package dev.cloudabi.emulator.runtime;

import dev.cloudabi.elf.disasm.Disassembler;
import dev.cloudabi.emulator.ExitStatus;
import dev.cloudabi.emulator.abi.Signal;
import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.cpu.Register;
import dev.cloudabi.emulator.crash.SymbolIndex;
import dev.cloudabi.emulator.memory.GuestMemory;
import dev.cloudabi.emulator.unicorn.EngineStop;
import java.util.Optional;

/**
 * How a thread's guest code ended, as the process's exit status: a crash report for faults, CPU
 * exceptions and a returning entry point, the budget's end, or an emulator defect. Only asked for a
 * thread that did not end itself with {@code thread_exit}.
 */
final class ThreadEndings {
  private final Arch arch;
  private final Register programCounter;
  private final Optional<Disassembler> disassembler;
  private final GuestMemory memory;
  private final SymbolIndex symbols;
  private final InstructionBudget budget;

  ThreadEndings(
      Arch arch,
      Register programCounter,
      Optional<Disassembler> disassembler,
      GuestMemory memory,
      SymbolIndex symbols,
      InstructionBudget budget) {
    this.arch = arch;
    this.programCounter = programCounter;
    this.disassembler = disassembler;
    this.memory = memory;
    this.symbols = symbols;
    this.budget = budget;
  }

  /** The ending of a thread whose engine returned {@code stop}. */
  ExitStatus of(GuestThread thread, EngineStop stop) {
    long pc = thread.cpu.read(programCounter);
    if (thread.returnedFromEntry) {
      return crash(thread, "the entry point returned", Signal.SIGSEGV, pc, -1, false);
    }
    if (stop != EngineStop.NORMAL) {
      long faultPc = thread.faultPc >= 0 ? thread.faultPc : pc;
      if (thread.faultAccess != null) {
        faultPc =
            switch (thread.faultAccess) {
              // A fetch fault happens at the target itself.
              case FETCH_UNMAPPED, FETCH_PROT -> thread.faultAddress;
              default -> thread.locateFault(faultPc, thread.faultAccess, thread.faultAddress);
            };
      }
      String reason =
          thread.faultAccess != null ? thread.faultAccess.description() : stop.description();
      return crash(
          thread,
          reason,
          Interrupts.signalOf(stop),
          faultPc,
          thread.faultAccess != null ? thread.faultAddress : -1,
          false);
    }
    if (thread.interrupt >= 0) {
      return crash(
          thread,
          Interrupts.describe(arch, thread.interrupt),
          Interrupts.signalOf(arch, thread.interrupt),
          thread.faultPc,
          -1,
          Interrupts.isDataAbort(arch, thread.interrupt));
    }
    if (budget.limited()) {
      return new ExitStatus.BudgetExhausted(budget.total());
    }
    return crash(thread, "emulation stopped unexpectedly", Signal.SIGKILL, pc, -1, false);
  }

  /** A defect of the emulator (not of the guest) still ends the run with a status. */
  ExitStatus emulatorError(GuestThread thread, RuntimeException e) {
    long at = thread.cpu.read(programCounter);
    return crash(thread, "emulator error: " + e, Signal.SIGSYS, at, -1, false);
  }

  private ExitStatus crash(
      GuestThread thread,
      String reason,
      Signal signal,
      long pc,
      long faultAddress,
      boolean addressFromInstruction) {
    return new ExitStatus.Crashed(
        CrashReports.build(
            disassembler,
            thread.cpu,
            memory,
            symbols,
            thread.tid,
            reason,
            signal,
            pc,
            faultAddress,
            addressFromInstruction));
  }
}
