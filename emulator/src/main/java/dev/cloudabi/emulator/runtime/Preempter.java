package dev.cloudabi.emulator.runtime;

/**
 * Time slices for a multi-threaded guest (ADR 0015): when threads wait for the CPU and one thread
 * has held it for a whole slice, that thread is stopped at its next translated block; it resumes
 * where it stopped once the others had their turn. Guests that spin without system calls thus
 * cannot starve the rest. Budgeted runs are sliced by instruction counts instead, so there it only
 * does its second job: once the process is ending it repeats the stop of every thread, because a
 * stop that arrives just before a thread enters {@code uc_emu_start} is reset by it. One platform
 * thread per process, while it runs.
 */
final class Preempter implements Runnable {
  static final long SLICE_MILLIS = 5;
  static final int FORCE_AFTER = 40;

  /**
   * Overrides {@link #FORCE_AFTER} for stress tests of the forced path (1: a thread is stopped
   * wherever it is after every slice in which others waited).
   */
  static final String FORCE_AFTER_PROPERTY = "cloudabi.preempt.forceAfterSlices";

  private final CpuLock cpu;
  private final boolean slicing;
  private final Runnable endingCheck;
  private final Thread thread;
  private final int forceAfter = Math.max(1, Integer.getInteger(FORCE_AFTER_PROPERTY, FORCE_AFTER));
  private volatile boolean stopped;

  /**
   * @param slicing whether to preempt by time
   * @param endingCheck run every slice: repeats the stop of every thread once the process ends
   */
  Preempter(CpuLock cpu, boolean slicing, Runnable endingCheck) {
    this.cpu = cpu;
    this.slicing = slicing;
    this.endingCheck = endingCheck;
    this.thread = Thread.ofPlatform().daemon().name("cloudabi-preempter").unstarted(this);
  }

  void start() {
    thread.start();
  }

  @Override
  public void run() {
    long seen = -1;
    int held = 0;
    while (!stopped) {
      try {
        Thread.sleep(SLICE_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      endingCheck.run();
      long grants = cpu.grants();
      GuestThread holder = cpu.holder();
      if (slicing && cpu.contended() && holder != null && grants == seen) {
        // First ask the thread to yield at its next system call; only a thread that makes none
        // for forceAfter slices is stopped wherever it is.
        held++;
        holder.preempt(held >= forceAfter);
      } else {
        held = 0;
      }
      seen = grants;
    }
  }

  /** Ends the preempter thread and waits for it. */
  void shutdown() throws InterruptedException {
    stopped = true;
    thread.interrupt();
    thread.join();
  }
}
