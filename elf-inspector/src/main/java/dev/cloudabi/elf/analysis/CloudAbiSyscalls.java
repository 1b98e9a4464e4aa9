package dev.cloudabi.elf.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The system call names of the CloudABI vDSO (CLOUDABI-ABI.md §5.3): the 49 of the final ABI in
 * table order, and the 8 that early-2017 binaries also look up.
 */
public final class CloudAbiSyscalls {
  /** The prefix of every vDSO symbol and of cloudlibc's wrapper functions. */
  public static final String PREFIX = "cloudabi_sys_";

  public static final List<String> CURRENT =
      List.of(
          "clock_res_get",
          "clock_time_get",
          "condvar_signal",
          "fd_close",
          "fd_create1",
          "fd_create2",
          "fd_datasync",
          "fd_dup",
          "fd_pread",
          "fd_pwrite",
          "fd_read",
          "fd_replace",
          "fd_seek",
          "fd_stat_get",
          "fd_stat_put",
          "fd_sync",
          "fd_write",
          "file_advise",
          "file_allocate",
          "file_create",
          "file_link",
          "file_open",
          "file_readdir",
          "file_readlink",
          "file_rename",
          "file_stat_fget",
          "file_stat_fput",
          "file_stat_get",
          "file_stat_put",
          "file_symlink",
          "file_unlink",
          "lock_unlock",
          "mem_advise",
          "mem_map",
          "mem_protect",
          "mem_sync",
          "mem_unmap",
          "poll",
          "proc_exec",
          "proc_exit",
          "proc_fork",
          "proc_raise",
          "random_get",
          "sock_recv",
          "sock_send",
          "sock_shutdown",
          "thread_create",
          "thread_exit",
          "thread_yield");

  public static final List<String> REMOVED_2017 =
      List.of(
          "mem_lock",
          "mem_unlock",
          "poll_fd",
          "sock_accept",
          "sock_bind",
          "sock_connect",
          "sock_listen",
          "sock_stat_get");

  /** Both eras: every name a CloudABI binary may look up. */
  public static final Set<String> ALL = union();

  private CloudAbiSyscalls() {}

  /** {@code cloudabi_sys_fd_write} → {@code fd_write}; other names unchanged. */
  public static String strip(String name) {
    return name.startsWith(PREFIX) ? name.substring(PREFIX.length()) : name;
  }

  private static Set<String> union() {
    List<String> all = new ArrayList<>(CURRENT);
    all.addAll(REMOVED_2017);
    return Set.copyOf(all);
  }
}
