package dev.cloudabi.runner.config;

/** One problem found in a configuration, with the place it was found. */
public record ConfigDiagnostic(SourcePosition position, String message) {
  /** The form upstream's {@code cloudabi-run} prints: {@code config.yaml:3:5: message}. */
  @Override
  public String toString() {
    return position + ": " + message;
  }
}
