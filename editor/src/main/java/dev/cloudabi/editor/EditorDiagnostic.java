package dev.cloudabi.editor;

import java.util.Objects;

/**
 * A problem to mark in the text. Lines and columns are 1-based; the end is exclusive. An end equal
 * to the start marks the token at the start (or, if there is none, the rest of the line).
 */
public record EditorDiagnostic(
    int line, int column, int endLine, int endColumn, Severity severity, String message) {

  public enum Severity {
    ERROR("Error"),
    WARNING("Warning"),
    INFO("Info");

    private final String label;

    Severity(String label) {
      this.label = label;
    }

    /** The word shown to the user: "Error", "Warning", "Info". */
    public String label() {
      return label;
    }
  }

  public EditorDiagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "diagnostic start must be 1-based, got line %d, column %d".formatted(line, column));
    }
    if (endLine < line || (endLine == line && endColumn < column)) {
      throw new IllegalArgumentException(
          "diagnostic end %d:%d lies before its start %d:%d"
              .formatted(endLine, endColumn, line, column));
    }
  }

  /** A diagnostic that marks the token at one position. */
  public static EditorDiagnostic at(int line, int column, Severity severity, String message) {
    return new EditorDiagnostic(line, column, line, column, severity, message);
  }

  /** The text shown in tooltips: severity, position and message, e.g. "Error 3:7: bad tag". */
  public String describe() {
    return "%s %d:%d: %s".formatted(severity.label(), line, column, message);
  }
}
