package dev.cloudabi.editor;

import java.util.ArrayList;
import java.util.List;

/** Finds every occurrence of a literal query, optionally case-sensitive and whole-word only. */
record TextSearch(String query, boolean matchCase, boolean wholeWord) {

  /** One occurrence: offsets {@code [start, end)}. */
  record Match(int start, int end) {}

  /** Non-overlapping matches from left to right; none for an empty query. */
  List<Match> findAll(String text) {
    List<Match> matches = new ArrayList<>();
    int width = query.length();
    if (width == 0) {
      return matches;
    }
    int i = 0;
    while (i + width <= text.length()) {
      if (text.regionMatches(!matchCase, i, query, 0, width) && isWholeEnough(text, i, i + width)) {
        matches.add(new Match(i, i + width));
        i += width;
      } else {
        i++;
      }
    }
    return matches;
  }

  private boolean isWholeEnough(String text, int start, int end) {
    if (!wholeWord) {
      return true;
    }
    boolean before = start > 0 && DiagnosticPlacement.isWordChar(text.charAt(start - 1));
    boolean after = end < text.length() && DiagnosticPlacement.isWordChar(text.charAt(end));
    return !before && !after;
  }

  /**
   * The index of the first match starting at or after {@code offset}, wrapping to 0; -1 if none.
   */
  static int nextIndex(List<Match> matches, int offset) {
    if (matches.isEmpty()) {
      return -1;
    }
    for (int k = 0; k < matches.size(); k++) {
      if (matches.get(k).start() >= offset) {
        return k;
      }
    }
    return 0;
  }

  /** The index of the last match ending at or before {@code offset}, wrapping to the last; -1. */
  static int previousIndex(List<Match> matches, int offset) {
    if (matches.isEmpty()) {
      return -1;
    }
    for (int k = matches.size() - 1; k >= 0; k--) {
      if (matches.get(k).end() <= offset) {
        return k;
      }
    }
    return matches.size() - 1;
  }
}
