package dev.cloudabi.emulator.sync;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.memory.GuestMemory;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The runtime side of CloudABI's userspace locks and condition variables (ABI §11.3): who waits for
 * which lock word and condition variable, and the hand-over of a lock to its next owner.
 *
 * <p>Callers hold the CPU (no guest code runs meanwhile, ADR 0015), so the guest's non-atomic
 * compare-and-swap sequences cannot interleave with ours; lock words are still changed with atomic
 * operations on the guest's own memory. The bookkeeping is guarded by one monitor; a waiter gives
 * up the CPU and the monitor while it sleeps and takes the CPU back before the monitor when it
 * wakes (always in that order, so the two never deadlock).
 *
 * <p>Results are errno values (0 on success).
 */
public final class UserLocks {
  public static final int KERNEL_MANAGED = 0x8000_0000;
  public static final int WRLOCKED = 0x4000_0000;
  static final int OWNER_MASK = 0x3FFF_FFFF;

  /** Owner recorded as "some readers": the word holds their count, not a thread id. */
  private static final int OWNER_UNKNOWN = 1;

  /** Waits sleep in slices so that a missed interrupt cannot keep a thread past the run's end. */
  private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private final ReentrantLock monitor = new ReentrantLock();
  private final Map<Long, LockRecord> locks = new HashMap<>();
  private final Map<Long, CondvarRecord> condvars = new HashMap<>();

  /** A sleeping thread; {@code inCondvar} until a signal moves it to a lock's writer queue. */
  private final class Waiter {
    final int tid;
    final Condition wake = monitor.newCondition();
    boolean granted;
    boolean inCondvar;
    boolean signalled;

    Waiter(int tid) {
      this.tid = tid;
    }
  }

  /** A lock with sleepers (or ownership the runtime must track): exists while KERNEL_MANAGED. */
  private static final class LockRecord {
    int owner;
    final ArrayDeque<Waiter> writers = new ArrayDeque<>();
    final ArrayDeque<Waiter> readers = new ArrayDeque<>();

    LockRecord(int owner) {
      this.owner = owner;
    }

    boolean idle() {
      return writers.isEmpty() && readers.isEmpty();
    }
  }

  private static final class CondvarRecord {
    final long lock;
    final ArrayDeque<Waiter> waiters = new ArrayDeque<>();

    CondvarRecord(long lock) {
      this.lock = lock;
    }
  }

  // ---- locks --------------------------------------------------------------------------------

  /** {@code poll} with LOCK_RDLOCK: returns once {@code tid} holds a read lock on {@code lock}. */
  public int readLock(GuestMemory memory, long lock, int tid, Deadline deadline, WaitHost host) {
    monitor.lock();
    try {
      LockRecord record = locks.get(lock);
      if (record == null) {
        while (true) {
          int word = memory.loadU32Atomic(lock);
          if ((word & WRLOCKED) == 0) {
            if ((word & KERNEL_MANAGED) != 0) {
              return Errno.EINVAL.value(); // managed, yet we know nothing of it
            }
            if (memory.compareAndSetU32(lock, word, word + 1)) {
              return 0;
            }
          } else if (memory.compareAndSetU32(lock, word, word | KERNEL_MANAGED)) {
            record = new LockRecord(word & OWNER_MASK);
            locks.put(lock, record);
            break;
          }
        }
      }
      Waiter waiter = new Waiter(tid);
      record.readers.add(waiter);
      return await(memory, lock, waiter, deadline, host);
    } finally {
      monitor.unlock();
    }
  }

  /** {@code poll} with LOCK_WRLOCK: returns once {@code tid} holds {@code lock} for writing. */
  public int writeLock(GuestMemory memory, long lock, int tid, Deadline deadline, WaitHost host) {
    monitor.lock();
    try {
      LockRecord record = locks.get(lock);
      int word = memory.loadU32Atomic(lock);
      if ((record != null && record.owner == tid) || (word & ~KERNEL_MANAGED) == (tid | WRLOCKED)) {
        return Errno.EDEADLK.value();
      }
      if (record == null) {
        while (true) {
          word = memory.loadU32Atomic(lock);
          if (word == 0) {
            if (memory.compareAndSetU32(lock, 0, tid | WRLOCKED)) {
              return 0;
            }
          } else if ((word & KERNEL_MANAGED) != 0) {
            return Errno.EINVAL.value();
          } else if (memory.compareAndSetU32(lock, word, word | KERNEL_MANAGED)) {
            record = new LockRecord((word & WRLOCKED) != 0 ? word & OWNER_MASK : OWNER_UNKNOWN);
            locks.put(lock, record);
            break;
          }
        }
      }
      Waiter waiter = new Waiter(tid);
      record.writers.add(waiter);
      return await(memory, lock, waiter, deadline, host);
    } finally {
      monitor.unlock();
    }
  }

  /**
   * {@code lock_unlock} (and {@code thread_exit}): {@code tid} releases its write lock, and the
   * lock goes to the first waiting writer, or else to all waiting readers.
   */
  public int unlock(GuestMemory memory, long lock, int tid) {
    monitor.lock();
    try {
      return release(memory, lock, tid);
    } finally {
      monitor.unlock();
    }
  }

  private int release(GuestMemory memory, long lock, int tid) {
    int word = memory.loadU32Atomic(lock);
    if ((word & WRLOCKED) == 0 || (word & OWNER_MASK) != tid) {
      return Errno.EPERM.value();
    }
    LockRecord record = locks.get(lock);
    if (record == null) {
      memory.storeU32Atomic(lock, 0);
      return 0;
    }
    if (record.owner != OWNER_UNKNOWN && record.owner != tid) {
      return Errno.EPERM.value();
    }
    handOver(memory, lock, record);
    return 0;
  }

  private void handOver(GuestMemory memory, long lock, LockRecord record) {
    Waiter writer = record.writers.poll();
    if (writer != null) {
      boolean others = !record.idle();
      record.owner = writer.tid;
      memory.storeU32Atomic(lock, writer.tid | WRLOCKED | (others ? KERNEL_MANAGED : 0));
      grant(writer);
      if (!others) {
        locks.remove(lock);
      }
      return;
    }
    memory.storeU32Atomic(lock, record.readers.size());
    for (Waiter reader : record.readers) {
      grant(reader);
    }
    locks.remove(lock);
  }

  private static void grant(Waiter waiter) {
    waiter.granted = true;
    waiter.inCondvar = false;
    waiter.wake.signal();
  }

  // ---- condition variables ------------------------------------------------------------------

  /**
   * {@code poll} with CONDVAR: releases {@code lock} (write-held by {@code tid}), sleeps until
   * signalled, and returns holding the lock again. On timeout the lock is re-acquired anyway
   * (however long that takes) and the result is ETIMEDOUT.
   */
  public int await(
      GuestMemory memory, long condvar, long lock, int tid, Deadline deadline, WaitHost host) {
    monitor.lock();
    try {
      memory.loadU32Atomic(condvar); // EFAULT/EINVAL before anything changes
      CondvarRecord record = condvars.get(condvar);
      if (record != null && record.lock != lock) {
        return Errno.EINVAL.value();
      }
      int released = release(memory, lock, tid);
      if (released != 0) {
        return released;
      }
      if (record == null) {
        record = new CondvarRecord(lock);
        condvars.put(condvar, record);
      }
      memory.storeU32Atomic(condvar, 0xFFFF_FFFF);
      Waiter waiter = new Waiter(tid);
      waiter.inCondvar = true;
      record.waiters.add(waiter);
      int result = await(memory, lock, waiter, deadline, host);
      if (result != Errno.ETIMEDOUT.value() || waiter.granted) {
        return result;
      }
      // Timed out while still waiting for a signal: leave the condvar, then take the lock back.
      record.waiters.remove(waiter);
      if (record.waiters.isEmpty()) {
        forget(memory, condvar);
      }
      monitor.unlock();
      try {
        int relocked = writeLock(memory, lock, tid, Deadline.NEVER, host);
        return relocked == 0 ? Errno.ETIMEDOUT.value() : relocked;
      } finally {
        monitor.lock();
      }
    } finally {
      monitor.unlock();
    }
  }

  /**
   * {@code condvar_signal}: wakes up to {@code count} waiters. The first gets the lock if it is
   * free; the others (all of them, if it is not) queue for the lock as writers. A condition
   * variable nobody waits on is left with its "no waiters" value, as a forgiving runtime does (ABI
   * §11.3).
   */
  public int signal(GuestMemory memory, long condvar, long count) {
    monitor.lock();
    try {
      memory.loadU32Atomic(condvar);
      CondvarRecord record = condvars.get(condvar);
      if (count == 0) {
        return 0;
      }
      if (record == null) {
        memory.storeU32Atomic(condvar, 0);
        return 0;
      }
      long lock = record.lock;
      int waking = (int) Math.min(count, record.waiters.size());
      Waiter first = record.waiters.poll();
      LockRecord lockRecord = locks.get(lock);
      int word = memory.loadU32Atomic(lock);
      int moved = 0;
      if (lockRecord == null && word == 0) {
        boolean more = waking > 1;
        memory.storeU32Atomic(lock, first.tid | WRLOCKED | (more ? KERNEL_MANAGED : 0));
        if (more) {
          lockRecord = new LockRecord(first.tid);
          locks.put(lock, lockRecord);
        }
        grant(first);
        moved = 1;
      } else {
        if (lockRecord == null) {
          memory.storeU32Atomic(lock, word | KERNEL_MANAGED);
          lockRecord = new LockRecord((word & WRLOCKED) != 0 ? word & OWNER_MASK : OWNER_UNKNOWN);
          locks.put(lock, lockRecord);
        }
        first.inCondvar = false;
        first.signalled = true;
        lockRecord.writers.add(first);
        moved = 1;
      }
      for (; moved < waking; moved++) {
        Waiter next = record.waiters.poll();
        next.inCondvar = false;
        next.signalled = true;
        lockRecord.writers.add(next);
      }
      if (record.waiters.isEmpty()) {
        forget(memory, condvar);
      }
      return 0;
    } finally {
      monitor.unlock();
    }
  }

  private void forget(GuestMemory memory, long condvar) {
    condvars.remove(condvar);
    memory.storeU32Atomic(condvar, 0);
  }

  // ---- sleeping -----------------------------------------------------------------------------

  /**
   * Sleeps until {@code waiter} is granted the lock, its deadline passes (only while it waits for a
   * lock or for a signal, never once signalled: then it waits for the lock it is owed), or the
   * process ends. Called with the CPU and the monitor held; returns with both.
   */
  private int await(
      GuestMemory memory, long lock, Waiter waiter, Deadline deadline, WaitHost host) {
    boolean timedOut = false;
    monitor.unlock();
    try (CpuRelease ignored = host.releaseCpu()) {
      monitor.lock();
      try {
        while (!waiter.granted && !host.ending()) {
          // A signalled condvar waiter is owed the lock: its timeout no longer counts.
          long left = waiter.signalled ? Long.MAX_VALUE : deadline.remainingNanos();
          if (left <= 0) {
            timedOut = true;
            break;
          }
          waiter.wake.awaitNanos(Math.min(left, SLICE_NANOS));
        }
      } catch (InterruptedException e) {
        // The run is ending (Emulator.stop, timeout, another thread's exit or fault).
      } finally {
        monitor.unlock();
      }
    }
    monitor.lock();
    if (waiter.granted) {
      return 0;
    }
    if (waiter.inCondvar) {
      // Timeout or end while waiting for a signal: the condvar caller cleans up.
      return host.ending() ? Errno.EINTR.value() : Errno.ETIMEDOUT.value();
    }
    LockRecord record = locks.get(lock);
    if (record != null) {
      record.writers.remove(waiter);
      record.readers.remove(waiter);
      if (record.idle()) {
        locks.remove(lock);
        memory.storeU32Atomic(lock, memory.loadU32Atomic(lock) & ~KERNEL_MANAGED);
      }
    }
    return timedOut && !host.ending() ? Errno.ETIMEDOUT.value() : Errno.EINTR.value();
  }
}
