package dev.cloudabi.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Places diagnostics in a text and turns them into underline style spans. */
final class DiagnosticPlacement {
  private DiagnosticPlacement() {}

  static List<MarkedRange> place(String text, List<EditorDiagnostic> diagnostics) {
    LineIndex lines = LineIndex.of(text);
    List<MarkedRange> ranges = new ArrayList<>(diagnostics.size());
    for (EditorDiagnostic d : diagnostics) {
      int start = lines.offset(d.line(), d.column());
      int end = Math.max(start, lines.offset(d.endLine(), d.endColumn()));
      int line = lines.lineOf(start);
      if (end == start) {
        end = tokenEnd(text, start, lines.lineEnd(line));
        if (end == start && start > lines.lineStart(line)) {
          start--; // at the end of a line: mark its last character
        }
      }
      ranges.add(new MarkedRange(start, end, line, d));
    }
    return ranges;
  }

  /** The end of the word or non-blank run at {@code start}, or the end of the line at a blank. */
  private static int tokenEnd(String text, int start, int lineEnd) {
    if (start >= lineEnd) {
      return start;
    }
    char first = text.charAt(start);
    if (Character.isWhitespace(first)) {
      return lineEnd;
    }
    boolean word = isWordChar(first);
    int end = start + 1;
    while (end < lineEnd) {
      char c = text.charAt(end);
      if (Character.isWhitespace(c) || (word && !isWordChar(c))) {
        break;
      }
      end++;
    }
    return end;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  static String styleClass(EditorDiagnostic.Severity severity) {
    return "diagnostic-" + severity.name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Underline spans over a text of {@code length}: each character gets its diagnostics' classes.
   */
  static StyleSpans<Collection<String>> underlines(int length, List<MarkedRange> ranges) {
    // A sweep over start (+1) and end (-1) events, counting open ranges per severity.
    List<int[]> events = new ArrayList<>(ranges.size() * 2);
    for (MarkedRange r : ranges) {
      int start = Math.min(r.start(), length);
      int end = Math.min(r.end(), length);
      if (start < end) {
        int severity = r.diagnostic().severity().ordinal();
        events.add(new int[] {start, severity, 1});
        events.add(new int[] {end, severity, -1});
      }
    }
    events.sort(Comparator.comparingInt(e -> e[0]));
    int[] open = new int[EditorDiagnostic.Severity.values().length];
    StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
    int at = 0;
    for (int[] event : events) {
      if (event[0] > at) {
        builder.add(classesOf(open), event[0] - at);
        at = event[0];
      }
      open[event[1]] += event[2];
    }
    builder.add(List.of(), length - at);
    return builder.create();
  }

  private static List<String> classesOf(int[] open) {
    List<String> classes = new ArrayList<>(2);
    for (EditorDiagnostic.Severity severity : EditorDiagnostic.Severity.values()) {
      if (open[severity.ordinal()] > 0) {
        classes.add(styleClass(severity));
      }
    }
    return classes;
  }
}
