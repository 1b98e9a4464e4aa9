package dev.cloudabi.emulator.runtime;

import dev.cloudabi.emulator.sync.CpuRelease;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one CPU of a guest process (ADR 0015). Unicorn emits guest atomics (x86 {@code lock cmpxchg},
 * ARM exclusives) as plain load/compare/store sequences, so two engines running at once could lose
 * updates; therefore a thread runs guest code, or touches engines and lock words, only while it
 * holds this lock. It gives the lock up when it blocks in a system call and when the {@link
 * Preempter} asks it to. The lock is fair, so a preempted thread queues behind the others.
 *
 * <p>Uncontended, taking it costs one compare-and-set per {@code uc_emu_start}, not per instruction
 * or system call.
 */
final class CpuLock {
  private final ReentrantLock lock = new ReentrantLock(true);
  private volatile GuestThread holder;
  private volatile long grants;

  void acquire(GuestThread thread) {
    lock.lock();
    holder = thread;
    grants++;
  }

  void release() {
    holder = null;
    lock.unlock();
  }

  /** Lets the threads waiting for the CPU run first. */
  void yieldTo(GuestThread thread) {
    if (lock.hasQueuedThreads()) {
      release();
      acquire(thread);
    }
  }

  /**
   * Gives the CPU up for a wait of the calling thread, which must hold it; closing the result takes
   * it back. Without a CPU to give (the caller does not hold it) nothing happens.
   */
  CpuRelease releaseForWait() {
    if (!lock.isHeldByCurrentThread()) {
      return CpuRelease.NONE;
    }
    GuestThread self = holder;
    release();
    return () -> acquire(self);
  }

  boolean contended() {
    return lock.hasQueuedThreads();
  }

  GuestThread holder() {
    return holder;
  }

  /** Counts acquisitions: unchanged across a time slice means one thread held the CPU all along. */
  long grants() {
    return grants;
  }
}
