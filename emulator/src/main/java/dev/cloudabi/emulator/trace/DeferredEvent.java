package dev.cloudabi.emulator.trace;

/**
 * A raw capture that becomes a {@link TraceEvent} on the delivery thread, so the guest's thread
 * only copies a few values and formatting costs it nothing.
 */
@FunctionalInterface
public interface DeferredEvent {
  TraceEvent resolve();
}
