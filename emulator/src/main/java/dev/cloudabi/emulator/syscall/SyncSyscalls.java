package dev.cloudabi.emulator.syscall;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;

/**
 * The slow paths of userspace locks and condition variables (ABI §11): {@code lock_unlock} and
 * {@code condvar_signal}. Waiting for them is {@code poll} ({@link PollSyscalls}).
 */
final class SyncSyscalls implements SyscallFamily {
  static final int SCOPE_PRIVATE = 4;
  static final int SCOPE_SHARED = 8;

  @Override
  public void register(SyscallTable.Builder table) {
    table.handle("condvar_signal", SyncSyscalls::condvarSignal);
    table.handle("lock_unlock", SyncSyscalls::lockUnlock);
  }

  static int lockUnlock(SyscallCall call) {
    checkScope(call.arg(1));
    return call.process().locks().unlock(call.memory(), call.arg(0), call.thread());
  }

  static int condvarSignal(SyscallCall call) {
    checkScope(call.arg(1));
    return call.process().locks().signal(call.memory(), call.arg(0), call.arg(2));
  }

  /**
   * PRIVATE and SHARED behave alike: with one process per emulator, memory shared with another
   * process does not exist, and a lock's address identifies it either way.
   */
  static void checkScope(long scope) {
    if (scope != SCOPE_PRIVATE && scope != SCOPE_SHARED) {
      throw new ErrnoException(Errno.EINVAL, "scope " + scope + " is neither PRIVATE nor SHARED");
    }
  }
}
