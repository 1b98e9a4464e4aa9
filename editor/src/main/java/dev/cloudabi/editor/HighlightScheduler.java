package dev.cloudabi.editor;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * Runs a highlighter off the FX thread. The newest request wins: a queued request that has been
 * superseded is skipped, and a result that arrives after a newer request is dropped. Results are
 * delivered on the FX thread; the receiver still checks that the text is unchanged.
 */
final class HighlightScheduler {
  private static final System.Logger LOG = System.getLogger(HighlightScheduler.class.getName());

  /** One worker for all editors: highlighting is linear and quick, and editors are few. */
  private static final ExecutorService WORKER =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "code-editor-highlighter");
            thread.setDaemon(true);
            return thread;
          });

  private final Highlighter highlighter;
  private final BiConsumer<String, StyleSpans<Collection<String>>> onResult;
  private final AtomicLong latest = new AtomicLong();

  HighlightScheduler(
      Highlighter highlighter, BiConsumer<String, StyleSpans<Collection<String>>> onResult) {
    this.highlighter = highlighter;
    this.onResult = onResult;
  }

  void request(String text) {
    long ticket = latest.incrementAndGet();
    WORKER.execute(
        () -> {
          if (ticket != latest.get()) {
            return;
          }
          StyleSpans<Collection<String>> spans = highlightSafely(text);
          Platform.runLater(
              () -> {
                if (ticket == latest.get()) {
                  onResult.accept(text, spans);
                }
              });
        });
  }

  private StyleSpans<Collection<String>> highlightSafely(String text) {
    try {
      StyleSpans<Collection<String>> spans = highlighter.highlight(text);
      if (spans.length() == text.length()) {
        return spans;
      }
      LOG.log(
          System.Logger.Level.WARNING,
          "highlighter {0} returned {1} styled characters for a text of {2}; showing plain text",
          highlighter.getClass().getName(),
          spans.length(),
          text.length());
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "highlighter " + highlighter.getClass().getName() + " failed; showing plain text",
          e);
    }
    return StyleSpans.singleton(List.of(), text.length());
  }
}
