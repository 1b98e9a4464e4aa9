package dev.cloudabi.elf;

import java.util.function.Supplier;

/** A value decoded on first use, once, even when several threads ask at the same time. */
final class Lazy<T> {
  private Supplier<T> supplier;
  private volatile T value;

  Lazy(Supplier<T> supplier) {
    this.supplier = supplier;
  }

  T get() {
    T result = value;
    if (result == null) {
      synchronized (this) {
        result = value;
        if (result == null) {
          result = supplier.get();
          value = result;
          supplier = null;
        }
      }
    }
    return result;
  }
}
