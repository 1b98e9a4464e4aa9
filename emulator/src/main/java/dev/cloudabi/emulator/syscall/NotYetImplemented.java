package dev.cloudabi.emulator.syscall;

/** Families whose system calls arrive in later issues: explicit ENOSYS entries, by name. */
final class NotYetImplemented {
  private NotYetImplemented() {}

  /** Sockets, including the calls removed in 2017. */
  static final class Sock implements SyscallFamily {
    @Override
    public void register(SyscallTable.Builder table) {
      for (String name :
          new String[] {
            "sock_recv",
            "sock_send",
            "sock_shutdown",
            "sock_accept",
            "sock_bind",
            "sock_connect",
            "sock_listen",
            "sock_stat_get"
          }) {
        table.enosys(name);
      }
    }
  }

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
