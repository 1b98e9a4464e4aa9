package dev.cloudabi.editor;

import static dev.cloudabi.editor.CHighlighter.CHAR;
import static dev.cloudabi.editor.CHighlighter.COMMENT;
import static dev.cloudabi.editor.CHighlighter.KEYWORD;
import static dev.cloudabi.editor.CHighlighter.NUMBER;
import static dev.cloudabi.editor.CHighlighter.PREPROCESSOR;
import static dev.cloudabi.editor.CHighlighter.STRING;
import static dev.cloudabi.editor.CHighlighter.TYPE;

/**
 * One linear pass over C text. Comments and literals are found first (so a {@code //} inside a
 * string is text); a preprocessor line is styled as a whole except for the comments and literals
 * inside it, which keep their own style.
 */
final class CScanner {
  private final String text;
  private final int length;
  private final SpanCollector spans;
  private int pos;

  CScanner(String text, SpanCollector spans) {
    this.text = text;
    this.length = text.length();
    this.spans = spans;
  }

  void scan() {
    boolean lineStart = true;
    while (pos < length) {
      char c = text.charAt(pos);
      if (c == '\n') {
        lineStart = true;
        pos++;
      } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
        pos++;
      } else if (c == '#' && lineStart) {
        scanPreprocessorLine();
      } else {
        lineStart = false;
        scanToken(c);
      }
    }
  }

  private void scanToken(char c) {
    if (c == '/' && peek(1) == '/') {
      int end = endOfLogicalLine(pos);
      spans.mark(pos, end, COMMENT);
      pos = end;
    } else if (c == '/' && peek(1) == '*') {
      int close = text.indexOf("*/", pos + 2);
      int end = close < 0 ? length : close + 2;
      spans.mark(pos, end, COMMENT);
      pos = end;
    } else if (c == '"' || c == '\'') {
      int end = endOfQuoted(pos, c);
      spans.mark(pos, end, c == '"' ? STRING : CHAR);
      pos = end;
    } else if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
      int end = endOfNumber(pos);
      spans.mark(pos, end, NUMBER);
      pos = end;
    } else if (isIdentifierStart(c)) {
      scanIdentifier();
    } else {
      pos++;
    }
  }

  private void scanIdentifier() {
    int start = pos;
    int end = pos;
    while (end < length && isIdentifierPart(text.charAt(end))) {
      end++;
    }
    String word = text.substring(start, end);
    char next = end < length ? text.charAt(end) : '\0';
    if ((next == '"' || next == '\'') && CWords.isLiteralPrefix(word)) {
      int close = endOfQuoted(end, next);
      spans.mark(start, close, next == '"' ? STRING : CHAR);
      pos = close;
      return;
    }
    if (CWords.isKeyword(word)) {
      spans.mark(start, end, KEYWORD);
    } else if (CWords.isType(word)) {
      spans.mark(start, end, TYPE);
    }
    pos = end;
  }

  /**
   * A directive up to the end of its logical line. Comments and literals inside keep their styles;
   * the rest, including the {@code <header>} of an include (styled as a string), is preprocessor.
   */
  private void scanPreprocessorLine() {
    int end = endOfLogicalLine(pos);
    int directiveEnd = pos + 1;
    while (directiveEnd < end
        && (text.charAt(directiveEnd) == ' ' || text.charAt(directiveEnd) == '\t')) {
      directiveEnd++;
    }
    while (directiveEnd < end && isIdentifierPart(text.charAt(directiveEnd))) {
      directiveEnd++;
    }
    boolean include = text.substring(pos + 1, directiveEnd).strip().equals("include");
    int runStart = pos;
    int i = directiveEnd;
    while (i < end) {
      char c = text.charAt(i);
      int tokenEnd;
      String style;
      if (c == '/' && i + 1 < length && text.charAt(i + 1) == '/') {
        tokenEnd = end;
        style = COMMENT;
      } else if (c == '/' && i + 1 < length && text.charAt(i + 1) == '*') {
        int close = text.indexOf("*/", i + 2);
        tokenEnd = close < 0 ? length : close + 2;
        style = COMMENT;
      } else if (c == '"' || c == '\'') {
        tokenEnd = endOfQuoted(i, c);
        style = c == '"' ? STRING : CHAR;
      } else if (c == '<' && include) {
        tokenEnd = i + 1;
        while (tokenEnd < end && text.charAt(tokenEnd) != '>') {
          tokenEnd++;
        }
        tokenEnd = Math.min(tokenEnd + 1, end);
        style = STRING;
      } else {
        i++;
        continue;
      }
      spans.mark(runStart, i, PREPROCESSOR);
      spans.mark(i, tokenEnd, style);
      runStart = tokenEnd;
      i = tokenEnd;
      if (tokenEnd > end) {
        // A block comment ran past the line: the directive goes on to the end of its last line.
        end = endOfLogicalLine(tokenEnd);
      }
    }
    spans.mark(runStart, end, PREPROCESSOR);
    pos = end;
  }

  /** The end of a quoted literal: the closing quote, or an unescaped line break, or the end. */
  private int endOfQuoted(int open, char quote) {
    int i = open + 1;
    while (i < length) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else if (c == '\n') {
        return i;
      } else {
        i++;
      }
    }
    return length;
  }

  /** A preprocessing number: digits, letters, dots, and signs right after an exponent letter. */
  private int endOfNumber(int start) {
    int i = start;
    while (i < length) {
      char c = text.charAt(i);
      if ((c == '+' || c == '-') && i > start && "eEpP".indexOf(text.charAt(i - 1)) >= 0) {
        i++;
      } else if (isIdentifierPart(c) || c == '.') {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** The end of the line, following backslash continuations. */
  private int endOfLogicalLine(int from) {
    int i = from;
    while (true) {
      int newline = text.indexOf('\n', i);
      if (newline < 0) {
        return length;
      }
      int before = newline - 1;
      if (before >= 0 && text.charAt(before) == '\r') {
        before--;
      }
      if (before < from || text.charAt(before) != '\\') {
        return newline;
      }
      i = newline + 1;
    }
  }

  private char peek(int ahead) {
    int at = pos + ahead;
    return at < length ? text.charAt(at) : '\0';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isIdentifierStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
  }

  private static boolean isIdentifierPart(char c) {
    return isIdentifierStart(c) || isDigit(c);
  }
}
