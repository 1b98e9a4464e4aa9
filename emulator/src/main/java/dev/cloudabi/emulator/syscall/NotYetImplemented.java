package dev.cloudabi.emulator.syscall;

/** Families whose system calls arrive in later issues: explicit ENOSYS entries, by name. */
final class NotYetImplemented {
  private NotYetImplemented() {}

  /** File system calls: path resolution beneath directory capabilities. */
  static final class File implements SyscallFamily {
    @Override
    public void register(SyscallTable.Builder table) {
      for (String name :
          new String[] {
            "file_advise", "file_allocate", "file_create", "file_link", "file_open",
            "file_readdir", "file_readlink", "file_rename", "file_stat_fget", "file_stat_fput",
            "file_stat_get", "file_stat_put", "file_symlink", "file_unlink"
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
