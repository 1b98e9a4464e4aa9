package dev.cloudabi.app.tasks;

import java.util.concurrent.CancellationException;

/** What a running {@link Job} can tell the user, and how it learns that it was cancelled. */
public interface Progress {
  /** Sets the step message and the fraction done ({@code done / total}). */
  void update(String message, long done, long total);

  boolean isCancelled();

  /** Throws {@link CancellationException} when the user cancelled the job. */
  default void checkCancelled() {
    if (isCancelled()) {
      throw new CancellationException("cancelled");
    }
  }

  /** A progress sink that never cancels, for code run outside the UI (tests, tools). */
  static Progress none() {
    return new Progress() {
      @Override
      public void update(String message, long done, long total) {}

      @Override
      public boolean isCancelled() {
        return false;
      }
    };
  }
}
