package dev.cloudabi.emulator.syscall;

/**
 * {@code thread_yield}. Thread creation and exit arrive with the threading issue (one Unicorn
 * engine per guest thread over the shared guest memory); until then they are ENOSYS.
 */
final class ThreadSyscalls implements SyscallFamily {
  @Override
  public void register(SyscallTable.Builder table) {
    table.handle("thread_yield", ThreadSyscalls::yield);
    table.enosys("thread_create");
    table.enosys("thread_exit");
  }

  static int yield(SyscallCall call) {
    Thread.yield();
    return 0;
  }
}
