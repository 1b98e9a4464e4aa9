package dev.cloudabi.emulator.syscall;

/** One family of system calls (clock, fd, mem, …); registers its handlers by name. */
public interface SyscallFamily {
  void register(SyscallTable.Builder table);
}
