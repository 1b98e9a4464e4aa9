package dev.cloudabi.editor;

import static dev.cloudabi.editor.YamlHighlighter.ANCHOR;
import static dev.cloudabi.editor.YamlHighlighter.COMMENT;
import static dev.cloudabi.editor.YamlHighlighter.CONSTANT;
import static dev.cloudabi.editor.YamlHighlighter.DIRECTIVE;
import static dev.cloudabi.editor.YamlHighlighter.DOCUMENT;
import static dev.cloudabi.editor.YamlHighlighter.KEY;
import static dev.cloudabi.editor.YamlHighlighter.NUMBER;
import static dev.cloudabi.editor.YamlHighlighter.PUNCT;
import static dev.cloudabi.editor.YamlHighlighter.SCALAR;
import static dev.cloudabi.editor.YamlHighlighter.STRING;
import static dev.cloudabi.editor.YamlHighlighter.TAG;
import static dev.cloudabi.editor.YamlHighlighter.TIMESTAMP;

/**
 * One pass over a YAML text, line by line, with the little state that crosses lines: the depth of
 * flow collections and the body of a block scalar. It is a highlighter, not a parser: on malformed
 * input it still moves forward and marks what it recognises. Every character is looked at a bounded
 * number of times, so the pass is linear.
 */
final class YamlScanner {
  private final String text;
  private final int length;
  private final SpanCollector spans;
  private int pos;
  private int lineStart;
  private int flowDepth;

  YamlScanner(String text, SpanCollector spans) {
    this.text = text;
    this.length = text.length();
    this.spans = spans;
  }

  void scan() {
    while (pos < length) {
      scanLine();
    }
  }

  private void scanLine() {
    lineStart = pos;
    if (flowDepth == 0 && startsWith("%")) {
      scanDirective();
      return;
    }
    if (isDocumentMarkerAt(pos)) {
      spans.mark(pos, pos + 3, DOCUMENT);
      pos += 3;
      flowDepth = 0;
    }
    int blockParent = scanLineContent();
    if (blockParent != NO_BLOCK) {
      scanBlockBody(blockParent);
    }
  }

  private static final int NO_BLOCK = Integer.MIN_VALUE;

  /**
   * Scans to the end of the line (consuming the line break). Returns the indentation a block scalar
   * body must exceed if the line opened one, else {@link #NO_BLOCK}.
   */
  private int scanLineContent() {
    int nodeColumn = indentationOf(lineStart) - 1;
    int blockParent = NO_BLOCK;
    while (pos < length) {
      char c = text.charAt(pos);
      if (c == '\n') {
        pos++;
        return blockParent;
      }
      if (isBlank(c) || c == '\r') {
        pos++;
      } else if (c == '#' && (pos == lineStart || isBlank(text.charAt(pos - 1)))) {
        int end = lineEnd(pos);
        spans.mark(pos, end, COMMENT);
        pos = end;
      } else if ((c == '-' || c == '?') && flowDepth == 0 && isBlankOrEnd(pos + 1)) {
        nodeColumn = pos - lineStart;
        punct(1);
      } else if (c == ':' && isValueIndicator(pos)) {
        punct(1);
      } else if (c == '[' || c == '{') {
        flowDepth++;
        punct(1);
      } else if (c == ']' || c == '}') {
        flowDepth = Math.max(0, flowDepth - 1);
        punct(1);
      } else if (c == ',') {
        punct(1);
      } else if (c == '!') {
        scanTag();
      } else if (c == '&' || c == '*') {
        int end = pos + 1;
        while (end < length
            && !isBlankOrBreak(text.charAt(end))
            && !isFlowIndicator(text.charAt(end))) {
          end++;
        }
        spans.mark(pos, end, ANCHOR);
        pos = end;
      } else if (c == '"' || c == '\'') {
        int start = pos;
        pos = c == '"' ? endOfDoubleQuoted(pos) : endOfSingleQuoted(pos);
        boolean key = isKeyEnd(pos);
        if (key) {
          nodeColumn = columnOf(start);
        }
        spans.mark(start, pos, key ? KEY : STRING);
      } else if ((c == '|' || c == '>') && flowDepth == 0) {
        int end = pos + 1;
        while (end < length
            && (text.charAt(end) == '-' || text.charAt(end) == '+' || isDigit(text.charAt(end)))) {
          end++;
        }
        spans.mark(pos, end, PUNCT);
        pos = end;
        blockParent = nodeColumn;
      } else {
        int start = pos;
        int end = scanPlain();
        if (isKeyEnd(pos)) {
          nodeColumn = columnOf(start);
          spans.mark(start, end, KEY);
        } else {
          spans.mark(start, end, plainStyle(start, end));
        }
      }
    }
    return blockParent;
  }

  private void scanDirective() {
    int end = pos;
    while (end < length && !isBlankOrBreak(text.charAt(end))) {
      end++;
    }
    boolean tagDirective = text.startsWith("%TAG", pos) && end == pos + 4;
    spans.mark(pos, end, DIRECTIVE);
    pos = end;
    while (pos < length && text.charAt(pos) != '\n') {
      char c = text.charAt(pos);
      if (isBlankOrBreak(c)) {
        pos++;
      } else if (c == '#' && isBlank(text.charAt(pos - 1))) {
        end = lineEnd(pos);
        spans.mark(pos, end, COMMENT);
        pos = end;
      } else {
        end = pos;
        while (end < length && !isBlankOrBreak(text.charAt(end))) {
          end++;
        }
        spans.mark(pos, end, tagDirective ? TAG : NUMBER);
        pos = end;
      }
    }
    if (pos < length) {
      pos++;
    }
  }

  private void scanTag() {
    int end = pos + 1;
    if (end < length && text.charAt(end) == '<') {
      while (end < length && text.charAt(end) != '>' && !isBlankOrBreak(text.charAt(end))) {
        end++;
      }
      if (end < length && text.charAt(end) == '>') {
        end++;
      }
    } else {
      while (end < length
          && !isBlankOrBreak(text.charAt(end))
          && !(flowDepth > 0 && isFlowIndicator(text.charAt(end)))) {
        end++;
      }
    }
    spans.mark(pos, end, TAG);
    pos = end;
  }

  /** A plain scalar from {@code pos}; returns its end without trailing blanks, leaves pos after. */
  private int scanPlain() {
    int start = pos;
    int end = pos;
    int i = pos;
    while (i < length) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        break;
      }
      if (c == ':' && isValueIndicator(i)) {
        break;
      }
      if (c == '#' && i > start && isBlank(text.charAt(i - 1))) {
        break;
      }
      if (flowDepth > 0 && isFlowIndicator(c)) {
        break;
      }
      i++;
      if (!isBlank(c)) {
        end = i;
      }
    }
    // A plain scalar always consumes its first character, so the scan always moves forward.
    pos = Math.max(end, start + 1);
    return pos;
  }

  private String plainStyle(int start, int end) {
    return switch (YamlScalarKind.of(text.subSequence(start, end))) {
      case CONSTANT -> CONSTANT;
      case NUMBER -> NUMBER;
      case TIMESTAMP -> TIMESTAMP;
      case STRING -> SCALAR;
    };
  }

  /** Marks the lines of a block scalar body: blank lines and lines indented beyond the parent. */
  private void scanBlockBody(int parentIndent) {
    while (pos < length) {
      int indent = indentationOf(pos);
      int contentStart = pos + indent;
      int end = lineEnd(pos);
      boolean blank = isBlankRange(contentStart, end);
      if (!blank && (indent <= parentIndent || isDocumentMarkerAt(pos))) {
        return;
      }
      if (!blank) {
        spans.mark(contentStart, end, STRING);
      }
      pos = Math.min(end + 1, length);
    }
  }

  private int endOfDoubleQuoted(int open) {
    int i = open + 1;
    while (i < length) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '"') {
        return i + 1;
      } else {
        i++;
      }
    }
    return length;
  }

  private int endOfSingleQuoted(int open) {
    int i = open + 1;
    while (i < length) {
      if (text.charAt(i) == '\'') {
        if (i + 1 < length && text.charAt(i + 1) == '\'') {
          i += 2;
        } else {
          return i + 1;
        }
      } else {
        i++;
      }
    }
    return length;
  }

  /** Whether the scalar ending at {@code end} is a key: blanks, then a value indicator. */
  private boolean isKeyEnd(int end) {
    int i = end;
    while (i < length && isBlank(text.charAt(i))) {
      i++;
    }
    return i < length && text.charAt(i) == ':' && isValueIndicator(i);
  }

  /** A ':' is an indicator when a blank or the end follows, or, in flow, a flow indicator. */
  private boolean isValueIndicator(int colon) {
    return isBlankOrEnd(colon + 1)
        || (flowDepth > 0 && colon + 1 < length && isFlowIndicator(text.charAt(colon + 1)));
  }

  private boolean isDocumentMarkerAt(int at) {
    return (at == 0 || text.charAt(at - 1) == '\n')
        && (text.startsWith("---", at) || text.startsWith("...", at))
        && isBlankOrEnd(at + 3);
  }

  private void punct(int width) {
    spans.mark(pos, pos + width, PUNCT);
    pos += width;
  }

  private boolean startsWith(String prefix) {
    return text.startsWith(prefix, pos);
  }

  private int indentationOf(int start) {
    int i = start;
    while (i < length && text.charAt(i) == ' ') {
      i++;
    }
    return i - start;
  }

  private int columnOf(int offset) {
    return offset - lineStart;
  }

  private int lineEnd(int from) {
    int newline = text.indexOf('\n', from);
    return newline < 0 ? length : newline;
  }

  private boolean isBlankRange(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!isBlank(c) && c != '\r') {
        return false;
      }
    }
    return true;
  }

  private boolean isBlankOrEnd(int at) {
    return at >= length || isBlankOrBreak(text.charAt(at));
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isBlankOrBreak(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static boolean isFlowIndicator(char c) {
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
