package dev.cloudabi.emulator.abi;

/**
 * One system call parameter: its name in {@code cloudabi.txt}, how it is passed, and what it means
 * to the trace (so buffers and paths can be shown without per-syscall code).
 */
public record Param(String name, ParamKind kind, Role role) {
  /** What a parameter means for decoding it in a trace event. */
  public enum Role {
    PLAIN,
    /** A descriptor number. */
    FD,
    /** Pointer to bytes whose length is the next parameter: the guest's input. */
    IN_BYTES,
    /** Pointer to a buffer the call fills; its length is the next parameter. */
    OUT_BYTES,
    /** Pointer to a path whose length is the next parameter. */
    PATH,
    /** Pointer to an array of {@code ciovec}/{@code iovec}; the count is the next parameter. */
    IOVECS,
    /** The length or count belonging to the previous parameter. */
    LENGTH
  }
}
