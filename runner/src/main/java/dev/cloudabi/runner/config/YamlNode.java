package dev.cloudabi.runner.config;

import java.util.List;

/**
 * A YAML node as the configuration front end sees it: its tag exactly as written after directive
 * resolution ({@code null} when the node had none), and where it starts in the text.
 */
public sealed interface YamlNode {
  String tag();

  SourcePosition position();

  /** The node's text in the configuration, tag and anchor included. */
  SourceSpan span();

  /** A scalar; {@code plain} is false for quoted and block scalars, which are always strings. */
  record Scalar(String tag, String value, boolean plain, SourcePosition position, SourceSpan span)
      implements YamlNode {}

  record Sequence(String tag, List<YamlNode> items, SourcePosition position, SourceSpan span)
      implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  record Mapping(String tag, List<Entry> entries, SourcePosition position, SourceSpan span)
      implements YamlNode {
    public Mapping {
      entries = List.copyOf(entries);
    }
  }

  record Entry(YamlNode key, YamlNode value) {}
}
