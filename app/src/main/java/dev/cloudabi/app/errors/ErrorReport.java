package dev.cloudabi.app.errors;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * An error as the user sees it: what went wrong, where (a file, an offset, a field), and details to
 * copy into a bug report.
 */
public record ErrorReport(String title, String what, String where, String details) {

  /** A report for {@code error} that happened while doing {@code action} on {@code where}. */
  public static ErrorReport of(String action, String where, Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null && cause.getMessage() == null) {
      cause = cause.getCause();
    }
    String message =
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    String details =
        action + "\n" + "Where: " + where + "\n" + "Error: " + message + "\n\n" + trace;
    return new ErrorReport("Cannot " + action, message, where, details);
  }
}
