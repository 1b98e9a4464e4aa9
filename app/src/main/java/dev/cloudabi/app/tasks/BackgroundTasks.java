package dev.cloudabi.app.tasks;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * Runs {@link Job}s on a small pool of daemon threads as JavaFX {@link Task}s, and keeps the list
 * of the ones still running so the status bar can show progress and offer cancel. Callbacks run on
 * the FX thread.
 */
public final class BackgroundTasks implements AutoCloseable {
  private final ExecutorService executor;
  private final ReadOnlyListWrapper<Task<?>> running =
      new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
  private final ReadOnlyObjectWrapper<Task<?>> current = new ReadOnlyObjectWrapper<>();

  public BackgroundTasks() {
    AtomicInteger counter = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "workbench-worker-" + counter.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Starts {@code job}. Exactly one of {@code onSuccess} and {@code onFailure} runs on the FX
   * thread when it ends, unless it was cancelled.
   */
  public <T> Task<T> submit(
      String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    Task<T> task =
        new Task<>() {
          @Override
          protected T call() throws Exception {
            updateTitle(title);
            updateMessage(title + "…");
            return job.run(
                new Progress() {
                  @Override
                  public void update(String message, long done, long total) {
                    updateMessage(message);
                    updateProgress(done, total);
                  }

                  @Override
                  public boolean isCancelled() {
                    return isCancelled0();
                  }
                });
          }

          private boolean isCancelled0() {
            return isCancelled();
          }
        };
    task.setOnSucceeded(e -> finish(task, () -> onSuccess.accept(task.getValue())));
    task.setOnFailed(e -> finish(task, () -> onFailure.accept(task.getException())));
    task.setOnCancelled(e -> finish(task, () -> {}));
    running.add(task);
    current.set(task);
    executor.execute(task);
    return task;
  }

  private void finish(Task<?> task, Runnable then) {
    running.remove(task);
    current.set(running.isEmpty() ? null : running.get(running.size() - 1));
    then.run();
  }

  public ObservableList<Task<?>> running() {
    return running.getReadOnlyProperty();
  }

  /** The most recently started task that is still running. */
  public ReadOnlyObjectProperty<Task<?>> current() {
    return current.getReadOnlyProperty();
  }

  /** Cancels every running task. */
  public void cancelAll() {
    for (Task<?> task : running.toArray(new Task<?>[0])) {
      task.cancel();
    }
  }

  @Override
  public void close() {
    cancelAll();
    executor.shutdownNow();
  }
}
