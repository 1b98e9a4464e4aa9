package dev.cloudabi.emulator.syscall;

import dev.cloudabi.emulator.abi.Errno;

/** {@code clock_res_get}, {@code clock_time_get} (ABI §10.1). */
final class ClockSyscalls implements SyscallFamily {
  @Override
  public void register(SyscallTable.Builder table) {
    table.handle("clock_res_get", ClockSyscalls::resGet);
    table.handle("clock_time_get", ClockSyscalls::timeGet);
  }

  static int resGet(SyscallCall call) {
    int id = (int) call.arg(0);
    if (!known(id)) {
      return Errno.EINVAL.value();
    }
    call.setOutput(1, call.process().resources().clock().resolution(id));
    return 0;
  }

  static int timeGet(SyscallCall call) {
    int id = (int) call.arg(0);
    if (!known(id)) {
      return Errno.EINVAL.value();
    }
    // precision (argument 1) is the acceptable lag; our clocks are always exact enough.
    call.setOutput(2, call.process().resources().clock().now(id));
    return 0;
  }

  private static boolean known(int id) {
    return id >= 1 && id <= 4;
  }
}
