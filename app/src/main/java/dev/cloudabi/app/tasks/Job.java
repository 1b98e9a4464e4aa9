package dev.cloudabi.app.tasks;

/**
 * A piece of long work that runs off the FX thread. It reports progress through {@link Progress}
 * and stops early when {@link Progress#isCancelled()} turns true.
 */
@FunctionalInterface
public interface Job<T> {
  T run(Progress progress) throws Exception;
}
