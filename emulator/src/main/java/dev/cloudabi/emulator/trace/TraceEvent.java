package dev.cloudabi.emulator.trace;

import java.util.List;

/** Something that happened in a guest process; subscribers receive these in order. */
public sealed interface TraceEvent {
  /** Position in the process's event stream (dropped events leave gaps). */
  long sequence();

  /** A decoded argument: its name in {@code cloudabi.txt} and a display value. */
  record Argument(String name, String value) {}

  /**
   * One system call.
   *
   * @param arguments decoded inputs (strings and bounded buffer previews included) and, on success,
   *     the outputs
   * @param errno 0 on success
   * @param durationNanos host time spent in the handler
   * @param explanation why the call failed, in words (for ENOTCAPABLE: which right was missing on
   *     which descriptor, or which path component tried to leave its directory); empty on success
   */
  record Syscall(
      long sequence,
      int thread,
      String name,
      List<Argument> arguments,
      int errno,
      String errnoName,
      long durationNanos,
      String explanation)
      implements TraceEvent {
    public Syscall {
      arguments = List.copyOf(arguments);
      explanation = explanation == null ? "" : explanation;
    }

    /** An event without an explanation. */
    public Syscall(
        long sequence,
        int thread,
        String name,
        List<Argument> arguments,
        int errno,
        String errnoName,
        long durationNanos) {
      this(sequence, thread, name, arguments, errno, errnoName, durationNanos, "");
    }
  }

  record ProcessStarted(long sequence, String arch, long entry, int mainThread)
      implements TraceEvent {}

  record ProcessExited(long sequence, long exitCode) implements TraceEvent {}

  record ProcessSignaled(long sequence, String signal) implements TraceEvent {}

  record ProcessFaulted(long sequence, String reason, long pc, long faultAddress)
      implements TraceEvent {}

  /**
   * A thread that made no system call for the preemption threshold while others waited for the CPU
   * was stopped by force at {@code pc} so they could run. Unicorn may have ended the block it stood
   * in after one of its memory accesses and repeats that part when the thread resumes (ADR 0015):
   * results of the thread can be wrong after this event.
   */
  record ThreadPreempted(long sequence, int thread, long pc) implements TraceEvent {}

  /** The run ended otherwise (timeout, stop, budget): {@code reason} says which. */
  record ProcessEnded(long sequence, String reason) implements TraceEvent {}

  /** Last event of a run: how many events were dropped because subscribers were too slow. */
  record StreamClosed(long sequence, long dropped) implements TraceEvent {}
}
