package dev.cloudabi.designer.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Combines several non-overlapping splices into one, so a compound change is one undo step. */
public final class TextEdits {
  private TextEdits() {}

  /**
   * One edit from {@code edits[0].start} to the last edit's end that has the effect of all of them.
   *
   * @throws IllegalArgumentException when two edits overlap
   */
  public static TextEdit merge(String text, List<TextEdit> edits) {
    if (edits.isEmpty()) {
      throw new IllegalArgumentException("nothing to merge");
    }
    List<TextEdit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end));
    StringBuilder replacement = new StringBuilder();
    int at = sorted.get(0).start();
    for (TextEdit edit : sorted) {
      if (edit.start() < at) {
        throw new IllegalArgumentException(
            "edits overlap at " + edit.start() + " (previous edit ends at " + at + ")");
      }
      replacement.append(text, at, edit.start()).append(edit.replacement());
      at = edit.end();
    }
    return new TextEdit(sorted.get(0).start(), at, replacement.toString());
  }
}
