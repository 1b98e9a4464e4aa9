package dev.cloudabi.argdata;

import java.io.StringReader;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the text form back with SnakeYAML's composer, following exactly the README's list of forms.
 * Test-only: it proves the formatter's output is plain YAML that SnakeYAML types as documented.
 */
final class YamlTestParser {
  private static final String YAML = "tag:yaml.org,2002:";

  private YamlTestParser() {}

  static ArgdataValue parse(String document) {
    var options = new LoaderOptions();
    options.setCodePointLimit(64 << 20);
    options.setNestingDepthLimit(1000);
    Node root = new Yaml(options).compose(new StringReader(document));
    return convert(root);
  }

  private static ArgdataValue convert(Node node) {
    return switch (node) {
      case ScalarNode s -> scalar(s.getTag().getValue(), s.getValue());
      case SequenceNode s -> {
        List<ArgdataValue> elements = new ArrayList<>();
        s.getValue().forEach(n -> elements.add(convert(n)));
        yield new SeqValue(elements);
      }
      case MappingNode m -> {
        List<MapValue.Entry> entries = new ArrayList<>();
        for (NodeTuple t : m.getValue()) {
          entries.add(new MapValue.Entry(convert(t.getKeyNode()), convert(t.getValueNode())));
        }
        yield new MapValue(entries);
      }
      default -> throw new IllegalArgumentException("unexpected node " + node);
    };
  }

  private static ArgdataValue scalar(String tag, String text) {
    return switch (tag) {
      case YAML + "null" -> NullValue.INSTANCE;
      case YAML + "bool" ->
          BoolValue.of(
              switch (text) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException("bool form not emitted: " + text);
              });
      case YAML + "int" -> IntValue.of(new BigInteger(text));
      case YAML + "float" -> floating(text);
      case YAML + "str" -> new StrValue(text);
      case YAML + "binary" -> new BinaryValue(Base64.getDecoder().decode(text));
      case YAML + "timestamp" -> timestamp(text);
      case "tag:nuxi.nl,2015:cloudabi/fd" -> new FdValue(Integer.parseInt(text));
      default -> throw new IllegalArgumentException("tag not emitted: " + tag);
    };
  }

  private static FloatValue floating(String text) {
    return switch (text) {
      case ".inf" -> FloatValue.of(Double.POSITIVE_INFINITY);
      case "-.inf" -> FloatValue.of(Double.NEGATIVE_INFINITY);
      case ".nan" -> new FloatValue(0x7FF8000000000000L);
      default ->
          text.startsWith("0x")
              ? new FloatValue(Long.parseUnsignedLong(text.substring(2), 16))
              : FloatValue.of(Double.parseDouble(text));
    };
  }

  private static TimestampValue timestamp(String text) {
    if (text.matches("-?[0-9]+")) {
      return new TimestampValue(new BigInteger(text));
    }
    return TimestampValue.of(Instant.parse(text));
  }
}
