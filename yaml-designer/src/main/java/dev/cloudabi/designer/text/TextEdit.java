package dev.cloudabi.designer.text;

/**
 * One splice of a text: replace the characters {@code [start, end)} with {@code replacement}. Every
 * change the designer makes to a configuration is one of these, so the editor can undo it as one
 * step.
 */
public record TextEdit(int start, int end, String replacement) {
  public TextEdit {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid edit range " + start + ".." + end);
    }
    if (replacement == null) {
      throw new IllegalArgumentException("replacement is null");
    }
  }

  public static TextEdit insert(int at, String text) {
    return new TextEdit(at, at, text);
  }

  /** The text after this edit. */
  public String applyTo(String text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(
          "edit " + start + ".." + end + " is past the end of a text of " + text.length());
    }
    return text.substring(0, start) + replacement + text.substring(end);
  }

  /**
   * The same change with the characters it leaves as they were trimmed off both ends, so the editor
   * keeps the caret and styles of untouched text.
   */
  public TextEdit minimal(String text) {
    String old = text.substring(start, end);
    int prefix = 0;
    int max = Math.min(old.length(), replacement.length());
    while (prefix < max && old.charAt(prefix) == replacement.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < max - prefix
        && old.charAt(old.length() - 1 - suffix)
            == replacement.charAt(replacement.length() - 1 - suffix)) {
      suffix++;
    }
    return new TextEdit(
        start + prefix, end - suffix, replacement.substring(prefix, replacement.length() - suffix));
  }

  public boolean isEmpty() {
    return start == end && replacement.isEmpty();
  }
}
