package dev.cloudabi.emulator.runtime;

import dev.cloudabi.emulator.ExitStatus;
import java.util.concurrent.atomic.AtomicReference;

/** The first reason a process ends wins; later ones are ignored. */
final class Termination {
  private final AtomicReference<ExitStatus> status = new AtomicReference<>();

  boolean set(ExitStatus value) {
    return status.compareAndSet(null, value);
  }

  ExitStatus get() {
    return status.get();
  }
}
