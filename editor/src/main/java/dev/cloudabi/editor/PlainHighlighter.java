package dev.cloudabi.editor;

import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;

/** No highlighting: one unstyled span over the whole text. */
final class PlainHighlighter implements Highlighter {
  @Override
  public StyleSpans<Collection<String>> highlight(String text) {
    return StyleSpans.singleton(List.of(), text.length());
  }
}
