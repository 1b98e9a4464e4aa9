package dev.cloudabi.elf.analysis;

/**
 * One result of an analysis.
 *
 * @param code a stable identifier for tools and tests, for example {@code interpreter-present}
 * @param message one sentence for people
 */
public record Finding(Severity severity, String code, String message, Evidence evidence) {
  @Override
  public String toString() {
    return severity + " " + code + ": " + message + " (" + evidence + ")";
  }
}
