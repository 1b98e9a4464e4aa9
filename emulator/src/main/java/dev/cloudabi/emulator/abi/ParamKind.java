package dev.cloudabi.emulator.abi;

/** How a system call parameter is passed; the ABI classes place each kind per architecture. */
public enum ParamKind {
  U8,
  U16,
  U32,
  U64,
  /** A guest pointer (4 or 8 bytes). */
  PTR,
  /** A {@code size_t} (4 or 8 bytes). */
  SIZE,
  /** {@code cloudabi_lookup_t} by value: {@code fd} (low 32 bits), {@code flags} (high). */
  LOOKUP,
  /** Pointer to a u32 result (fd, tid). */
  OUT_U32,
  /** Pointer to a u64 result (timestamp, filesize). */
  OUT_U64,
  /** Pointer to a {@code size_t} result. */
  OUT_SIZE,
  /** Pointer to a pointer result. */
  OUT_PTR;

  /** True for the kinds whose value is 64 bits on every architecture. */
  public boolean isWide() {
    return this == U64 || this == LOOKUP;
  }

  public boolean isOutput() {
    return this == OUT_U32 || this == OUT_U64 || this == OUT_SIZE || this == OUT_PTR;
  }

  /** Bytes written through an output pointer. */
  public int outputSize(int pointerSize) {
    return switch (this) {
      case OUT_U32 -> 4;
      case OUT_U64 -> 8;
      case OUT_SIZE, OUT_PTR -> pointerSize;
      default -> throw new IllegalStateException(this + " is not an output");
    };
  }
}
