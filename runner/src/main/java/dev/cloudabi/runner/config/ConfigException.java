package dev.cloudabi.runner.config;

/** A configuration that cannot be used; the diagnostic says what is wrong and where. */
public final class ConfigException extends Exception {
  private final transient ConfigDiagnostic diagnostic;

  public ConfigException(ConfigDiagnostic diagnostic) {
    super(diagnostic.toString());
    this.diagnostic = diagnostic;
  }

  public ConfigException(SourcePosition position, String message) {
    this(new ConfigDiagnostic(position, message));
  }

  public ConfigDiagnostic diagnostic() {
    return diagnostic;
  }
}
