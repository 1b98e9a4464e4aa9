package dev.cloudabi.emulator.syscall;

import dev.cloudabi.emulator.abi.Signal;
import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.env.GuestClock;
import dev.cloudabi.emulator.env.RandomSource;
import dev.cloudabi.emulator.fd.FdTable;
import dev.cloudabi.emulator.memory.GuestMemory;

/** What system call handlers may use of the process: never registers, never the CPU. */
public interface ProcessContext {
  Arch arch();

  GuestMemory memory();

  FdTable fds();

  GuestClock clock();

  RandomSource random();

  /**
   * Writable shared file mappings, written back on sync, unmap and exit. Contexts without one
   * refuse such mappings (ENOTSUP).
   */
  default SharedFileMappings sharedFileMappings() {
    return SharedFileMappings.UNSUPPORTED;
  }

  /** Where {@code mem_map} without MAP_FIXED starts looking. */
  long mmapBase();

  /** Ends the whole process with an exit code ({@code proc_exit}). */
  void exit(long code);

  /** Ends the whole process because of a signal's default action. */
  void terminate(Signal signal);

  /** Called after guest code pages were changed or their protection changed. */
  void codeChanged(long address, long length);
}
