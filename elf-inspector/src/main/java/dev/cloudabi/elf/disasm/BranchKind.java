package dev.cloudabi.elf.disasm;

/** How an instruction changes control flow. */
public enum BranchKind {
  NONE,
  CALL,
  JUMP,
  CONDITIONAL_JUMP,
  RETURN
}
