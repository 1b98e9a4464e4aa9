package dev.cloudabi.editor;

/**
 * The languages the editor knows: each brings its highlighter and its indentation unit. Indentation
 * is always spaces: YAML forbids tabs for indentation, and C follows the guest SDK's four spaces.
 */
public enum Language {
  YAML(new YamlHighlighter(), 2, ':'),
  C(new CHighlighter(), 4, '{'),
  PLAIN(new PlainHighlighter(), 4, '\0');

  private final Highlighter highlighter;
  private final int indentWidth;
  private final char blockOpener;

  Language(Highlighter highlighter, int indentWidth, char blockOpener) {
    this.highlighter = highlighter;
    this.indentWidth = indentWidth;
    this.blockOpener = blockOpener;
  }

  /** The highlighter for this language (stateless, safe to call from any thread). */
  public Highlighter highlighter() {
    return highlighter;
  }

  /** Spaces per indentation level: 2 for YAML, 4 otherwise. */
  public int indentWidth() {
    return indentWidth;
  }

  /** The character that, ending a line, opens a more indented block (none for plain text). */
  char blockOpener() {
    return blockOpener;
  }

  /** Whether typing {@code '}'} on a blank line dedents it. */
  boolean dedentsClosingBrace() {
    return this == C;
  }
}
