package dev.cloudabi.emulator.syscall;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.abi.Layouts;
import dev.cloudabi.emulator.memory.GuestMemory;
import dev.cloudabi.emulator.memory.Prot;
import dev.cloudabi.emulator.sync.CpuRelease;

/** {@code thread_create}, {@code thread_exit}, {@code thread_yield} (ABI §6.4). */
final class ThreadSyscalls implements SyscallFamily {
  @Override
  public void register(SyscallTable.Builder table) {
    table.handle("thread_create", ThreadSyscalls::create);
    table.handle("thread_exit", ThreadSyscalls::exit);
    table.handle("thread_yield", ThreadSyscalls::yield);
  }

  /** Reads the {@code threadattr} and starts the thread; the new tid is the output. */
  static int create(SyscallCall call) {
    GuestMemory memory = call.memory();
    int ptr = call.pointerSize();
    long attr = call.arg(0);
    memory.check(attr, Layouts.THREADATTR.size(ptr), Prot.READ);
    long entry = memory.readWord(attr + Layouts.THREADATTR.offset("entry_point", ptr), ptr);
    long stack = memory.readWord(attr + Layouts.THREADATTR.offset("stack", ptr), ptr);
    long length = memory.readWord(attr + Layouts.THREADATTR.offset("stack_len", ptr), ptr);
    long argument = memory.readWord(attr + Layouts.THREADATTR.offset("argument", ptr), ptr);
    if (length == 0) {
      throw new ErrnoException(Errno.EINVAL, "the thread's stack is empty");
    }
    memory.check(stack, length, Prot.READ | Prot.WRITE);
    call.setOutput(1, call.process().createThread(entry, stack, length, argument));
    return 0;
  }

  /**
   * Releases the join lock as {@code lock_unlock} would, then ends the calling thread. The call
   * does not return, so a failed unlock (a lock the thread does not hold, a bad pointer or scope)
   * cannot be reported: the thread ends anyway and the lock stays as it is.
   */
  static int exit(SyscallCall call) {
    try {
      SyncSyscalls.checkScope(call.arg(1));
      call.process().locks().unlock(call.memory(), call.arg(0), call.thread());
    } catch (ErrnoException e) {
      // ends regardless
    }
    call.process().exitThread(call.thread());
    return 0;
  }

  /** Gives the CPU to the threads waiting for it, if any. */
  static int yield(SyscallCall call) {
    try (CpuRelease ignored = call.process().releaseCpu()) {
      Thread.yield();
    }
    return 0;
  }
}
