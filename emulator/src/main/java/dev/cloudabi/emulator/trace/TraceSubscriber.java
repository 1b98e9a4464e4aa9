package dev.cloudabi.emulator.trace;

/**
 * Receives trace events on the trace delivery thread, never on the guest's thread. A slow
 * subscriber slows the guest down once the bus's queue is full: events are not dropped (see {@link
 * TraceBus}).
 */
@FunctionalInterface
public interface TraceSubscriber {
  void onEvent(TraceEvent event);
}
