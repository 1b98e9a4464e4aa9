package dev.cloudabi.editor;

import java.util.Collection;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * Text → style classes. Implementations are pure functions: no state between calls, safe to call
 * from any thread, linear in the length of the text, and they never throw, whatever the text. The
 * spans cover exactly {@code text.length()} characters.
 */
@FunctionalInterface
public interface Highlighter {
  StyleSpans<Collection<String>> highlight(String text);
}
