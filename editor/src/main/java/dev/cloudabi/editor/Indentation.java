package dev.cloudabi.editor;

import java.util.Optional;

/**
 * The indentation rules of one language, as text in → text out, so they are testable without a UI.
 * Indentation is always made of spaces; tabs already in a line are kept in C and turned into spaces
 * in YAML, which forbids tabs in indentation.
 */
final class Indentation {
  private final Language language;

  Indentation(Language language) {
    this.language = language;
  }

  String unit() {
    return " ".repeat(language.indentWidth());
  }

  /** What Enter inserts after {@code lineBeforeCaret}: a line break and the new line's indent. */
  String lineBreak(String lineBeforeCaret) {
    String indent = leadingWhitespace(lineBeforeCaret);
    if (opensBlock(lineBeforeCaret.strip())) {
      indent += unit();
    }
    return "\n" + indent;
  }

  /**
   * What typing {@code '}'} turns a blank {@code lineBeforeCaret} into: its indent less one level,
   * then the brace. Empty when the rule does not apply (not C, or text before the caret).
   */
  Optional<String> closingBrace(String lineBeforeCaret) {
    if (!language.dedentsClosingBrace() || !lineBeforeCaret.isBlank()) {
      return Optional.empty();
    }
    String indent = leadingWhitespace(lineBeforeCaret);
    return Optional.of(indent.substring(outdentWidth(indent)) + "}");
  }

  /** The spaces Tab inserts at {@code column} (0-based): up to the next multiple of the unit. */
  String tabAt(int column) {
    int width = language.indentWidth();
    return " ".repeat(width - column % width);
  }

  /** How many leading characters an outdent removes: up to one level of spaces, or one tab. */
  int outdentWidth(CharSequence line) {
    if (!line.isEmpty() && line.charAt(0) == '\t') {
      return 1;
    }
    int spaces = 0;
    while (spaces < line.length()
        && spaces < language.indentWidth()
        && line.charAt(spaces) == ' ') {
      spaces++;
    }
    return spaces;
  }

  private String leadingWhitespace(String line) {
    int end = 0;
    while (end < line.length() && (line.charAt(end) == ' ' || line.charAt(end) == '\t')) {
      end++;
    }
    String indent = line.substring(0, end);
    return language == Language.YAML ? indent.replace("\t", unit()) : indent;
  }

  private boolean opensBlock(String stripped) {
    if (stripped.isEmpty()) {
      return false;
    }
    char last = stripped.charAt(stripped.length() - 1);
    if (last == language.blockOpener()) {
      return true;
    }
    return language == Language.YAML && endsWithBlockScalarHeader(stripped);
  }

  /** {@code key: |}, {@code - >-}, {@code |2}: a block scalar follows on the next lines. */
  private static boolean endsWithBlockScalarHeader(String stripped) {
    int i = stripped.length() - 1;
    while (i >= 0 && "+-0123456789".indexOf(stripped.charAt(i)) >= 0) {
      i--;
    }
    if (i < 0 || (stripped.charAt(i) != '|' && stripped.charAt(i) != '>')) {
      return false;
    }
    return i == 0 || stripped.charAt(i - 1) == ' ';
  }
}
