package dev.cloudabi.emulator.unicorn;

/**
 * Why {@link UnicornEngine#start} returned: normally (a hook stopped it, or it reached the end
 * address), or because the guest faulted in a way Unicorn reports as an error.
 */
public enum EngineStop {
  NORMAL(""),
  READ_UNMAPPED("read of unmapped memory"),
  WRITE_UNMAPPED("write to unmapped memory"),
  FETCH_UNMAPPED("instruction fetch from unmapped memory"),
  INVALID_INSTRUCTION("invalid instruction"),
  WRITE_PROT("write to memory without write permission"),
  READ_PROT("read of memory without read permission"),
  FETCH_PROT("instruction fetch from non-executable memory"),
  READ_UNALIGNED("misaligned read"),
  WRITE_UNALIGNED("misaligned write"),
  FETCH_UNALIGNED("misaligned instruction fetch"),
  CPU_EXCEPTION("unhandled CPU exception");

  private final String description;

  EngineStop(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /** Maps a {@code uc_emu_start} result; null for errors that are not guest faults. */
  static EngineStop fromUnicorn(int code) {
    return switch (code) {
      case 0 -> NORMAL;
      case 6 -> READ_UNMAPPED;
      case 7 -> WRITE_UNMAPPED;
      case 8 -> FETCH_UNMAPPED;
      case 10 -> INVALID_INSTRUCTION;
      case 12 -> WRITE_PROT;
      case 13 -> READ_PROT;
      case 14 -> FETCH_PROT;
      case 16 -> READ_UNALIGNED;
      case 17 -> WRITE_UNALIGNED;
      case 18 -> FETCH_UNALIGNED;
      case 21 -> CPU_EXCEPTION;
      default -> null;
    };
  }
}
