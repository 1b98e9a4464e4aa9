package dev.cloudabi.editor;

import java.util.Arrays;

/** The start offset of every line of one text, for line/column ↔ offset conversions. */
final class LineIndex {
  private final int[] starts;
  private final int length;

  private LineIndex(int[] starts, int length) {
    this.starts = starts;
    this.length = length;
  }

  static LineIndex of(String text) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return new LineIndex(Arrays.copyOf(starts, count), text.length());
  }

  int lineCount() {
    return starts.length;
  }

  /** Start of a 0-based line, clamped to the existing lines. */
  int lineStart(int line) {
    return starts[Math.clamp(line, 0, starts.length - 1)];
  }

  /** End of a 0-based line (before its line break), clamped to the existing lines. */
  int lineEnd(int line) {
    int clamped = Math.clamp(line, 0, starts.length - 1);
    return clamped + 1 < starts.length ? starts[clamped + 1] - 1 : length;
  }

  /**
   * The offset of a 1-based line and column. Lines past the end go to the last line, columns past
   * the end of their line go to its end: a stale position still lands somewhere sensible.
   */
  int offset(int line, int column) {
    int zeroBased = Math.clamp(line - 1L, 0, starts.length - 1);
    int start = starts[zeroBased];
    return start + Math.clamp(column - 1L, 0, lineEnd(zeroBased) - start);
  }

  /** The 0-based line that contains an offset. */
  int lineOf(int offset) {
    int found = Arrays.binarySearch(starts, offset);
    return found >= 0 ? found : -found - 2;
  }
}
