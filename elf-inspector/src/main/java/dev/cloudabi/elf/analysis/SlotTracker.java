package dev.cloudabi.elf.analysis;

import dev.cloudabi.elf.disasm.Instruction;

/** Follows a linear run of instructions and reports the memory address a slot use reads. */
interface SlotTracker {
  /** The address the instruction reads a syscall slot from, or -1. */
  long step(Instruction instruction);
}
