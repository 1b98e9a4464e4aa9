package dev.cloudabi.emulator.abi;

/**
 * Where one argument lives at a vDSO function's entry: an argument register, a register pair (low
 * word in the first), or a stack slot at an offset from the stack pointer.
 */
public sealed interface ArgLocation {
  /** Argument register number {@code index} of the architecture's list. */
  record InRegister(int index) implements ArgLocation {}

  /** 64-bit value in registers {@code index} (low word) and {@code index + 1} (high word). */
  record InRegisterPair(int index) implements ArgLocation {}

  /** {@code width} bytes (4 or 8, little-endian) at {@code sp + offset}. */
  record OnStack(int offset, int width) implements ArgLocation {}
}
