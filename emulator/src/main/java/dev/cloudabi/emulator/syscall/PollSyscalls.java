package dev.cloudabi.emulator.syscall;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.env.GuestClock;
import dev.cloudabi.emulator.memory.GuestMemory;
import dev.cloudabi.emulator.memory.Prot;
import dev.cloudabi.emulator.sync.Deadline;
import dev.cloudabi.emulator.sync.UserLocks;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code poll} (ABI §12) and the 2017 {@code poll_fd}. A lock or condition variable subscription
 * (first, with at most one clock after it) waits as the lock protocol says (§11.3); any other mix
 * of clocks, descriptors and process subscriptions is handled by {@link DescriptorPoll}.
 */
final class PollSyscalls implements SyscallFamily {
  @Override
  public void register(SyscallTable.Builder table) {
    table.handle("poll", PollSyscalls::poll);
    table.enosys("poll_fd");
  }

  static int poll(SyscallCall call) {
    GuestMemory memory = call.memory();
    int ptr = call.pointerSize();
    long in = call.arg(0);
    long out = call.arg(1);
    long n = call.arg(2);
    if (n > Integer.MAX_VALUE / Subscription.SIZE) {
      return Errno.EINVAL.value();
    }
    memory.check(in, n * Subscription.SIZE, Prot.READ);
    memory.check(out, n * PollEvent.SIZE, Prot.WRITE);
    List<Subscription> subscriptions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      subscriptions.add(Subscription.read(memory, in + (long) i * Subscription.SIZE, ptr));
    }
    List<PollEvent> events =
        isLockForm(subscriptions)
            ? List.of(lockWait(call, subscriptions))
            : DescriptorPoll.poll(call, subscriptions);
    for (int i = 0; i < events.size(); i++) {
      events.get(i).write(memory, out + (long) i * PollEvent.SIZE, ptr);
    }
    call.setOutput(3, events.size());
    return 0;
  }

  /** A lock or condvar subscription first, alone or with one clock (the IDL's only lock form). */
  private static boolean isLockForm(List<Subscription> subscriptions) {
    if (subscriptions.isEmpty()) {
      return false;
    }
    boolean lock =
        subscriptions.getFirst() instanceof Subscription.Lock
            || subscriptions.getFirst() instanceof Subscription.Condvar;
    return lock
        && (subscriptions.size() == 1
            || (subscriptions.size() == 2 && subscriptions.get(1) instanceof Subscription.Clock));
  }

  /**
   * One event: the lock or condvar subscription's on success (for CONDVAR: woken and the lock
   * re-acquired), the clock's on timeout, the first one's with the errno otherwise.
   */
  private static PollEvent lockWait(SyscallCall call, List<Subscription> subscriptions) {
    Subscription first = subscriptions.getFirst();
    Subscription.Clock clock =
        subscriptions.size() == 2 ? (Subscription.Clock) subscriptions.get(1) : null;
    Deadline deadline = Deadline.NEVER;
    if (clock != null) {
      if (!isSleepClock(clock.clockId())) {
        return PollEvent.of(first, Errno.ENOTSUP.value());
      }
      deadline =
          Deadline.of(
              call.process().resources().clock(),
              clock.clockId(),
              clock.timeout(),
              clock.absolute());
    }
    UserLocks locks = call.process().locks();
    int tid = call.thread();
    int result =
        switch (first) {
          case Subscription.Lock l when badScope(l.scope()) -> Errno.EINVAL.value();
          case Subscription.Lock l when l.type() == Subscription.LOCK_RDLOCK ->
              locks.readLock(call.memory(), l.lock(), tid, deadline, call.process());
          case Subscription.Lock l ->
              locks.writeLock(call.memory(), l.lock(), tid, deadline, call.process());
          case Subscription.Condvar c when badScope(c.condvarScope()) || badScope(c.lockScope()) ->
              Errno.EINVAL.value();
          case Subscription.Condvar c ->
              locks.await(call.memory(), c.condvar(), c.lock(), tid, deadline, call.process());
          default -> throw new IllegalStateException("not a lock subscription: " + first);
        };
    if (result == Errno.ETIMEDOUT.value() && clock != null) {
      return PollEvent.of(clock, 0);
    }
    return PollEvent.of(first, result);
  }

  private static boolean badScope(int scope) {
    return scope != SyncSyscalls.SCOPE_PRIVATE && scope != SyncSyscalls.SCOPE_SHARED;
  }

  /**
   * Clocks a thread can sleep on. The CPU-time clocks do not advance while the thread sleeps (nor,
   * as the host reports them, while other threads run), so a wait on them would never end: ENOTSUP,
   * as the reference emulator answers for lock timeouts on them.
   */
  static boolean isSleepClock(int clockId) {
    return clockId == GuestClock.MONOTONIC || clockId == GuestClock.REALTIME;
  }
}
