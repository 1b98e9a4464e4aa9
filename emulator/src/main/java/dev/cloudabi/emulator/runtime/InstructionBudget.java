package dev.cloudabi.emulator.runtime;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The process-wide instruction budget ({@code Limits.instructionBudget}), spent in slices: Unicorn
 * counts instructions only within one {@code uc_emu_start}, so threads run at most a slice at a
 * time and subtract it afterwards. The slice ends are also the time slices of a budgeted run (its
 * threads are not preempted by time, which would lose the count).
 */
final class InstructionBudget {
  static final long SLICE = 1_000_000;

  private final long total;
  private final AtomicLong remaining;

  InstructionBudget(long total) {
    this.total = total;
    this.remaining = new AtomicLong(total);
  }

  boolean limited() {
    return total > 0;
  }

  long total() {
    return total;
  }

  /** The count for the next {@code uc_emu_start}; 0 (unlimited) without a budget. */
  long slice() {
    return limited() ? Math.max(1, Math.min(SLICE, remaining.get())) : 0;
  }

  /** Subtracts a slice that ran to its end; false once the budget is used up. */
  boolean consume(long slice) {
    return remaining.addAndGet(-slice) > 0;
  }
}
