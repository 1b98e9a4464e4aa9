package dev.cloudabi.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

class HighlightingTest extends EditorFxTest {
  @Override
  Language language() {
    return Language.YAML;
  }

  @Test
  void highlightingArrivesAfterAnEdit() {
    load("", 0);
    write("key: !fd stdout");
    waitUntil(() -> editor.area().getStyleOfChar(6).contains("yaml-tag"));
    assertThat(editor.area().getStyleOfChar(1)).contains("yaml-key");
    assertThat(editor.area().getStyleOfChar(10)).contains("yaml-scalar");
  }

  @Test
  void highlightingRunsOffTheFxThread() {
    List<Boolean> onFxThread = new ArrayList<>();
    Highlighter probe =
        text -> {
          onFxThread.add(javafx.application.Platform.isFxApplicationThread());
          return new YamlHighlighter().highlight(text);
        };
    List<String> delivered = new ArrayList<>();
    HighlightScheduler scheduler =
        new HighlightScheduler(probe, (text, spans) -> delivered.add(text));
    scheduler.request("a: 1");
    waitUntil(() -> !delivered.isEmpty());
    assertThat(onFxThread).containsOnly(false);
  }

  @Test
  void onlyTheNewestRequestIsDelivered() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Highlighter slowFirst =
        text -> {
          if (text.equals("first")) {
            awaitQuietly(release);
          }
          return StyleSpans.singleton(List.<String>of(), text.length());
        };
    List<String> delivered = new ArrayList<>();
    HighlightScheduler scheduler =
        new HighlightScheduler(slowFirst, (text, spans) -> delivered.add(text));
    scheduler.request("first");
    scheduler.request("second");
    scheduler.request("third");
    release.countDown();
    waitUntil(() -> delivered.contains("third"));
    WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(delivered).containsExactly("third");
  }

  @Test
  void aThrowingHighlighterLeavesThePlainText() {
    List<StyleSpans<Collection<String>>> delivered = new ArrayList<>();
    HighlightScheduler scheduler =
        new HighlightScheduler(
            text -> {
              throw new IllegalStateException("broken highlighter");
            },
            (text, spans) -> delivered.add(spans));
    scheduler.request("abc");
    waitUntil(() -> !delivered.isEmpty());
    assertThat(delivered.getFirst().length()).isEqualTo(3);
    assertThat(delivered.getFirst().getStyleSpan(0).getStyle()).isEmpty();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
