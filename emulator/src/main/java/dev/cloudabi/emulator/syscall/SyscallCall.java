package dev.cloudabi.emulator.syscall;

import dev.cloudabi.emulator.abi.SyscallSignature;
import dev.cloudabi.emulator.fd.FdTable;
import dev.cloudabi.emulator.memory.GuestMemory;

/**
 * The decoded arguments of one system call and the place for its outputs. One instance per guest
 * thread is reused for every call (no allocation on the syscall path).
 */
public final class SyscallCall {
  private final ProcessContext process;
  private final int thread;
  private final long[] args = new long[8];
  private final long[] outputs = new long[8];
  private SyscallSignature signature;

  public SyscallCall(ProcessContext process, int thread) {
    this.process = process;
    this.thread = thread;
  }

  void begin(SyscallSignature signature) {
    this.signature = signature;
  }

  long[] argumentArray() {
    return args;
  }

  long output(int index) {
    return outputs[index];
  }

  public SyscallSignature signature() {
    return signature;
  }

  public ProcessContext process() {
    return process;
  }

  public GuestMemory memory() {
    return process.memory();
  }

  public FdTable fds() {
    return process.fds();
  }

  public int thread() {
    return thread;
  }

  /** Parameter {@code index} (0-based) as decoded: already truncated to its width. */
  public long arg(int index) {
    return args[index];
  }

  public int pointerSize() {
    return process.arch().pointerSize();
  }

  /** Sets the value the dispatcher writes through output parameter {@code index} on success. */
  public void setOutput(int index, long value) {
    outputs[index] = value;
  }

  /** Sets arguments directly (handler unit tests without a CPU). */
  public SyscallCall with(SyscallSignature signature, long... values) {
    begin(signature);
    System.arraycopy(values, 0, args, 0, values.length);
    return this;
  }

  /** The value stored for output {@code index} (handler unit tests). */
  public long outputValue(int index) {
    return outputs[index];
  }
}
