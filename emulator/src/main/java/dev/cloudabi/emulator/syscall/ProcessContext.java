package dev.cloudabi.emulator.syscall;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.abi.Signal;
import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.fd.FdTable;
import dev.cloudabi.emulator.memory.GuestMemory;
import dev.cloudabi.emulator.sync.CpuRelease;
import dev.cloudabi.emulator.sync.UserLocks;
import dev.cloudabi.emulator.sync.WaitHost;

/** What system call handlers may use of the process: never registers, never the CPU. */
public interface ProcessContext extends WaitHost {
  /**
   * The process's architecture, memory, descriptors, clock, randomness and shared file mappings;
   * the accessors below are the ones nearly every handler uses.
   */
  ProcessResources resources();

  default Arch arch() {
    return resources().arch();
  }

  default GuestMemory memory() {
    return resources().memory();
  }

  default FdTable fds() {
    return resources().fds();
  }

  /** Ends the whole process with an exit code ({@code proc_exit}). */
  void exit(long code);

  /** Ends the whole process because of a signal's default action. */
  void terminate(Signal signal);

  /** Called after guest code pages were changed or their protection changed. */
  void codeChanged(long address, long length);

  /** The process's userspace locks and condition variables (ABI §11). */
  default UserLocks locks() {
    return resources().locks();
  }

  /**
   * Starts a guest thread that calls {@code entry(tid, argument)} on the stack {@code [stack, stack
   * + stackLength)}; returns its thread id.
   */
  default int createThread(long entry, long stack, long stackLength, long argument) {
    throw new ErrnoException(Errno.ENOSYS, "this process cannot start threads");
  }

  /**
   * Two connected objects for {@code fd_create2}: a socket pair (SOCKET_STREAM, SOCKET_DGRAM) or a
   * pipe (FIFO: read end first). Made by the runtime, which may reach the host.
   */
  default java.util.List<? extends dev.cloudabi.emulator.fd.GuestObject> connectedPair(
      dev.cloudabi.emulator.abi.FileType type) throws java.io.IOException {
    throw new ErrnoException(Errno.ENOSYS, "this process cannot make descriptor pairs");
  }

  /** Ends thread {@code tid} when its current call returns ({@code thread_exit}). */
  default void exitThread(int tid) {
    throw new ErrnoException(Errno.ENOSYS, "this process cannot end threads");
  }

  /** Without other threads there is nobody to give the CPU to. */
  @Override
  default CpuRelease releaseCpu() {
    return CpuRelease.NONE;
  }

  @Override
  default boolean ending() {
    return false;
  }
}
