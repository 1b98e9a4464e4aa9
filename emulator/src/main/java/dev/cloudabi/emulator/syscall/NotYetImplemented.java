package dev.cloudabi.emulator.syscall;

/** Families whose system calls arrive in later issues: explicit ENOSYS entries, by name. */
final class NotYetImplemented {
  private NotYetImplemented() {}

  /** {@code poll} and the 2017 {@code poll_fd}. */
  static final class Poll implements SyscallFamily {
    @Override
    public void register(SyscallTable.Builder table) {
      table.enosys("poll");
      table.enosys("poll_fd");
    }
  }

  /** Userspace lock and condition variable slow paths. */
  static final class Sync implements SyscallFamily {
    @Override
    public void register(SyscallTable.Builder table) {
      table.enosys("condvar_signal");
      table.enosys("lock_unlock");
    }
  }
}
