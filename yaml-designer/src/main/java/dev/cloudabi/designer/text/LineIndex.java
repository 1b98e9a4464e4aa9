package dev.cloudabi.designer.text;

import java.util.Arrays;

/** Converts between character offsets and 1-based line and column numbers of one text. */
public final class LineIndex {
  private final int[] lineStarts;
  private final int length;

  public LineIndex(String text) {
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
    this.lineStarts = Arrays.copyOf(starts, count);
    this.length = text.length();
  }

  /** The 1-based line of {@code offset}. */
  public int line(int offset) {
    int found = Arrays.binarySearch(lineStarts, Math.clamp(offset, 0, length));
    return found >= 0 ? found + 1 : -found - 1;
  }

  /** The 1-based column of {@code offset}. */
  public int column(int offset) {
    return Math.clamp(offset, 0, length) - lineStart(offset) + 1;
  }

  /** The offset where the line of {@code offset} starts. */
  public int lineStart(int offset) {
    return lineStarts[line(offset) - 1];
  }

  /** The offset of a 1-based line and column, clamped to the text. */
  public int offset(int line, int column) {
    int l = Math.clamp(line, 1, lineStarts.length);
    int start = lineStarts[l - 1];
    int end = l < lineStarts.length ? lineStarts[l] - 1 : length;
    return Math.clamp(start + column - 1L, start, end);
  }

  public int lineCount() {
    return lineStarts.length;
  }
}
