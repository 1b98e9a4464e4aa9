package dev.cloudabi.emulator.cpu;

import java.util.Locale;

/** x86 registers of both widths (64-bit names for x86_64, 32-bit names for i686). */
public enum X86Register implements Register {
  RAX(8),
  RBX(8),
  RCX(8),
  RDX(8),
  RSI(8),
  RDI(8),
  RBP(8),
  RSP(8),
  R8(8),
  R9(8),
  R10(8),
  R11(8),
  R12(8),
  R13(8),
  R14(8),
  R15(8),
  RIP(8),
  RFLAGS(8),
  EAX(4),
  EBX(4),
  ECX(4),
  EDX(4),
  ESI(4),
  EDI(4),
  EBP(4),
  ESP(4),
  EIP(4),
  EFLAGS(4),
  CS(2),
  DS(2),
  ES(2),
  FS(2),
  GS(2),
  SS(2),
  /** The FS segment base (x86_64 only): points at the TLS slot. */
  FS_BASE(8);

  private final int width;

  X86Register(int width) {
    this.width = width;
  }

  @Override
  public String displayName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public int width() {
    return width;
  }
}
