package dev.cloudabi.emulator.syscall;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.Signal;

/**
 * {@code proc_exit}, {@code proc_raise} (ABI §10.6); {@code proc_exec} and {@code proc_fork} are
 * not supported (ENOSYS, as in the reference emulator).
 */
final class ProcSyscalls implements SyscallFamily {
  @Override
  public void register(SyscallTable.Builder table) {
    table.handle("proc_exit", ProcSyscalls::exit);
    table.handle("proc_raise", ProcSyscalls::raise);
    table.enosys("proc_exec");
    table.enosys("proc_fork");
  }

  static int exit(SyscallCall call) {
    call.process().exit(call.arg(0));
    return 0;
  }

  static int raise(SyscallCall call) {
    Signal signal = Signal.of((int) call.arg(0)).orElse(null);
    if (signal == null) {
      return Errno.EINVAL.value();
    }
    switch (signal.defaultAction()) {
      case TERMINATE -> call.process().terminate(signal);
      case IGNORE, CONTINUE, STOP -> {
        // Ignored by default; with a single process there is nobody to continue a stopped one,
        // so stopping is treated like ignoring rather than hanging forever.
      }
    }
    return 0;
  }
}
