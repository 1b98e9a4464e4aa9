package dev.cloudabi.runner.config;

/** A place in a configuration text: the source's name, 1-based line and column. */
public record SourcePosition(String source, int line, int column) {
  @Override
  public String toString() {
    return source + ":" + line + ":" + column;
  }
}
