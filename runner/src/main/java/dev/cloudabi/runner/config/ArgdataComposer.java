package dev.cloudabi.runner.config;

import dev.cloudabi.argdata.ArgdataValue;
import dev.cloudabi.argdata.MapValue;
import dev.cloudabi.argdata.SeqValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a YAML tree into Argdata: untagged nodes by the C front end's typing rules, tagged ones by
 * the registered {@link TagHandler}s. The walk is depth-first with a map key before its value,
 * which is the order in which capability tags get their descriptor numbers.
 */
public final class ArgdataComposer {
  private final Map<String, TagHandler> handlers;

  public ArgdataComposer(Map<String, TagHandler> handlers) {
    this.handlers = Map.copyOf(handlers);
  }

  public ArgdataValue compose(YamlNode node) throws ConfigException {
    if (node.tag() != null) {
      TagHandler handler = handlers.get(node.tag());
      if (handler == null) {
        throw new ConfigException(node.position(), unsupportedTag(node));
      }
      return handler.convert(node, this);
    }
    return switch (node) {
      case YamlNode.Scalar scalar -> ScalarTyping.typePlainOrQuoted(scalar);
      case YamlNode.Sequence seq -> composeSequence(seq);
      case YamlNode.Mapping map -> composeMapping(map);
    };
  }

  public SeqValue composeSequence(YamlNode.Sequence seq) throws ConfigException {
    List<ArgdataValue> elements = new ArrayList<>(seq.items().size());
    for (YamlNode item : seq.items()) {
      elements.add(compose(item));
    }
    return new SeqValue(elements);
  }

  public MapValue composeMapping(YamlNode.Mapping map) throws ConfigException {
    List<MapValue.Entry> entries = new ArrayList<>(map.entries().size());
    Map<ArgdataValue, SourcePosition> seen = new HashMap<>();
    for (YamlNode.Entry entry : map.entries()) {
      ArgdataValue key = compose(entry.key());
      SourcePosition first = seen.putIfAbsent(key, entry.key().position());
      if (first != null) {
        throw new ConfigException(
            entry.key().position(),
            "Duplicate key " + describe(entry.key()) + " (first at line " + first.line() + ")");
      }
      entries.add(new MapValue.Entry(key, compose(entry.value())));
    }
    return new MapValue(entries);
  }

  private static String describe(YamlNode key) {
    return key instanceof YamlNode.Scalar s ? "'" + s.value() + "'" : "in mapping";
  }

  private static String unsupportedTag(YamlNode node) {
    String kind =
        switch (node) {
          case YamlNode.Scalar s -> "scalar";
          case YamlNode.Sequence s -> "sequence";
          case YamlNode.Mapping m -> "mapping";
        };
    String message = "Unsupported tag for " + kind + ": " + Tags.shortForm(node.tag());
    if (node.tag().startsWith("!") && !node.tag().startsWith("!!")) {
      message += " (does the file start with '" + Tags.DIRECTIVE + "' and '---'?)";
    }
    return message;
  }
}
