package dev.cloudabi.designer.model;

import dev.cloudabi.designer.text.LineIndex;
import dev.cloudabi.runner.config.ConfigDiagnostic;

/**
 * A problem to mark in the text: 1-based line and column of its first character, the end
 * (exclusive) on the same scale, how bad it is and what it says.
 */
public record Diagnostic(
    int line, int column, int endLine, int endColumn, Severity severity, String message) {
  public enum Severity {
    ERROR,
    WARNING,
    INFO
  }

  /**
   * A runner diagnostic, marked from its column to the end of that line (at least one character).
   */
  public static Diagnostic error(ConfigDiagnostic d, String text) {
    LineIndex lines = new LineIndex(text);
    int line = Math.clamp(d.position().line(), 1, lines.lineCount());
    int at = lines.offset(line, d.position().column());
    int lineEnd = line < lines.lineCount() ? lines.offset(line + 1, 1) - 1 : text.length();
    int end = Math.max(lineEnd, at + 1);
    return new Diagnostic(
        line, lines.column(at), line, lines.column(at) + (end - at), Severity.ERROR, d.message());
  }

  /** A warning over {@code [start, end)} of {@code text}. */
  public static Diagnostic warning(String text, int start, int end, String message) {
    LineIndex lines = new LineIndex(text);
    return new Diagnostic(
        lines.line(start),
        lines.column(start),
        lines.line(end),
        lines.column(end),
        Severity.WARNING,
        message);
  }

  @Override
  public String toString() {
    return line + ":" + column + ": " + severity.name().toLowerCase() + ": " + message;
  }
}
