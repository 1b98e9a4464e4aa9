package dev.cloudabi.emulator.runtime;

import dev.cloudabi.emulator.ExitStatus;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/** The first reason a process ends wins; later ones are ignored. */
final class Termination {
  private final AtomicReference<ExitStatus> status = new AtomicReference<>();
  private final CountDownLatch decided = new CountDownLatch(1);

  boolean set(ExitStatus value) {
    if (status.compareAndSet(null, value)) {
      decided.countDown();
      return true;
    }
    return false;
  }

  ExitStatus get() {
    return status.get();
  }

  /** Waits until some reason was recorded. */
  void await() throws InterruptedException {
    decided.await();
  }
}
