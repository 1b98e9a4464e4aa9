package dev.cloudabi.runner.config;

/**
 * Where a node's text lies, as character offsets into the configuration text ({@code end}
 * exclusive). Editors use it to replace one node's text and keep everything around it, comments
 * included.
 */
public record SourceSpan(int start, int end) {
  public SourceSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span " + start + ".." + end);
    }
  }
}
