package dev.cloudabi.emulator.trace;

/**
 * Receives trace events on the trace delivery thread, never on the guest's thread. A slow
 * subscriber cannot stall the guest: events it cannot take in time are dropped and counted.
 */
@FunctionalInterface
public interface TraceSubscriber {
  void onEvent(TraceEvent event);
}
