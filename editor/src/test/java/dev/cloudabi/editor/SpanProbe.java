package dev.cloudabi.editor;

import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

/** Reads highlighting results back: the style classes at an offset or at a piece of the text. */
final class SpanProbe {
  private final String text;
  private final StyleSpans<Collection<String>> spans;

  SpanProbe(Highlighter highlighter, String text) {
    this.text = text;
    this.spans = highlighter.highlight(text);
  }

  Collection<String> at(int offset) {
    int start = 0;
    for (StyleSpan<Collection<String>> span : spans) {
      if (offset < start + span.getLength()) {
        return span.getStyle();
      }
      start += span.getLength();
    }
    throw new IndexOutOfBoundsException("offset " + offset + " beyond " + start);
  }

  /** The classes of the first character of the first occurrence of {@code needle}. */
  Collection<String> of(String needle) {
    return of(needle, 0);
  }

  /** The classes of {@code needle}, which must be styled alike over its whole length. */
  Collection<String> of(String needle, int fromIndex) {
    int at = text.indexOf(needle, fromIndex);
    if (at < 0) {
      throw new IllegalArgumentException("'" + needle + "' not in the text");
    }
    Collection<String> first = at(at);
    for (int i = at + 1; i < at + needle.length(); i++) {
      if (!at(i).equals(first)) {
        throw new AssertionError(
            "'%s' is styled %s at its start but %s at offset %d"
                .formatted(needle, first, at(i), i));
      }
    }
    return first;
  }

  /** The classes of the {@code nth} (0-based) occurrence of {@code needle}. */
  Collection<String> ofOccurrence(String needle, int nth) {
    int at = -1;
    for (int k = 0; k <= nth; k++) {
      at = text.indexOf(needle, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("occurrence " + nth + " of '" + needle + "' missing");
      }
    }
    return of(needle, at);
  }

  int length() {
    return spans.length();
  }

  static List<String> only(String styleClass) {
    return List.of(styleClass);
  }
}
