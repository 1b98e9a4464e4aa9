package dev.cloudabi.editor;

import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Collects styled ranges in ascending order and fills the gaps with unstyled spans. Scanners call
 * {@link #mark} as they go; a range that starts before the end of the previous one is clipped, so a
 * scanner slip can never produce spans of the wrong total length.
 */
final class SpanCollector {
  private final StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
  private final int length;
  private int covered;

  SpanCollector(int length) {
    this.length = length;
  }

  void mark(int start, int end, String styleClass) {
    int from = Math.max(start, covered);
    int to = Math.min(end, length);
    if (to <= from) {
      return;
    }
    if (from > covered) {
      builder.add(List.of(), from - covered);
    }
    builder.add(List.of(styleClass), to - from);
    covered = to;
  }

  StyleSpans<Collection<String>> build() {
    // Always add the tail, even when empty: the builder needs at least one span.
    builder.add(List.of(), length - covered);
    return builder.create();
  }
}
