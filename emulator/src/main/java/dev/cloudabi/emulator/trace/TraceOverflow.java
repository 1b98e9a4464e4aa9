package dev.cloudabi.emulator.trace;

/** What a {@link TraceBus} does when its subscribers fall behind and the queue is full. */
public enum TraceOverflow {
  /**
   * The guest never waits for the trace: an event that does not fit is dropped and counted in the
   * final {@link TraceEvent.StreamClosed}. For live views, where a responsive guest matters more
   * than a complete history.
   */
  DROP,
  /**
   * Every system call yields its event: the publishing guest thread waits for room (as a program
   * under strace runs at the tracer's pace). For trace files, where a hole would mislead.
   */
  WAIT
}
