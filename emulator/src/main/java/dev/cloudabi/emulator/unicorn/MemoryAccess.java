package dev.cloudabi.emulator.unicorn;

/** The kind of invalid guest memory access a fault hook reports. */
public enum MemoryAccess {
  READ_UNMAPPED("read of unmapped memory"),
  WRITE_UNMAPPED("write to unmapped memory"),
  FETCH_UNMAPPED("instruction fetch from unmapped memory"),
  WRITE_PROT("write to memory without write permission"),
  READ_PROT("read of memory without read permission"),
  FETCH_PROT("instruction fetch from non-executable memory"),
  OTHER("memory access");

  private final String description;

  MemoryAccess(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /** From Unicorn's {@code uc_mem_type} (UC_MEM_READ = 16 …). */
  static MemoryAccess fromUnicorn(int type) {
    return switch (type) {
      case 19 -> READ_UNMAPPED;
      case 20 -> WRITE_UNMAPPED;
      case 21 -> FETCH_UNMAPPED;
      case 22 -> WRITE_PROT;
      case 23 -> READ_PROT;
      case 24 -> FETCH_PROT;
      default -> OTHER;
    };
  }
}
