package dev.cloudabi.designer.edit;

import dev.cloudabi.designer.tree.NodeKind;
import dev.cloudabi.designer.tree.PlainTyping;
import dev.cloudabi.runner.config.CScalars;
import dev.cloudabi.runner.config.ConfigException;
import dev.cloudabi.runner.config.YamlDocumentReader;
import dev.cloudabi.runner.config.YamlNode;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes a value typed into the designer as YAML text that the launcher reads back as the intended
 * type. A string is written plain only when the runner's own reader, in the context it will sit in,
 * gives back exactly that string as an untagged plain scalar that the C-era typing leaves a string
 * ({@code yes}, {@code 0x10}, {@code null}, {@code 2017-01-01} and {@code a: b} are quoted);
 * otherwise it is double-quoted.
 */
public final class ScalarEmitter {
  private ScalarEmitter() {}

  /** A string in block ({@code flow=false}) or flow context. */
  public static String string(String value, boolean flow) {
    return plainReadsBack(value, flow) ? value : doubleQuoted(value);
  }

  /**
   * The YAML for {@code input} as a value of {@code kind}; the input is the text a user typed.
   *
   * @throws IllegalArgumentException with a message for the user when the input is not a value of
   *     that kind
   */
  public static String value(NodeKind kind, String input, boolean flow) {
    String text = input.strip();
    return switch (kind) {
      case STRING -> string(input, flow);
      case INT -> {
        Optional<BigInteger> value = CScalars.parseInt(text);
        if (value.isEmpty()) {
          throw new IllegalArgumentException(
              "Not an integer: '" + input + "' (decimal, 0x hexadecimal or 0o octal)");
        }
        yield text.startsWith("+") ? value.get().toString() : text;
      }
      case FLOAT -> {
        OptionalDouble value = CScalars.parseFloat(text);
        if (value.isEmpty()) {
          throw new IllegalArgumentException("Not a floating-point number: '" + input + "'");
        }
        yield typedAs(text, NodeKind.FLOAT) ? text : canonicalFloat(value.getAsDouble());
      }
      case BOOL -> {
        Optional<Boolean> value = CScalars.parseBool(text);
        if (value.isEmpty()) {
          throw new IllegalArgumentException("Not a boolean: '" + input + "' (true or false)");
        }
        yield value.get().toString();
      }
      case NULL -> "null";
      case TIMESTAMP -> {
        if (CScalars.parseTimestamp(text).isEmpty()) {
          throw new IllegalArgumentException(
              "Not a timestamp: '" + input + "' (e.g. 2017-03-01T12:00:00Z)");
        }
        yield typedAs(text, NodeKind.TIMESTAMP) ? text : "!!timestamp " + text;
      }
      case BINARY -> {
        String base64 = text.replaceAll("\\s", "");
        try {
          Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("Not Base64: " + e.getMessage());
        }
        yield base64.isEmpty() ? "!!binary \"\"" : "!!binary " + base64;
      }
      case FD -> "!fd " + FdChoice.parse(text).yaml();
      case EXECUTABLE -> "!executable";
      case MAP, SEQ, FILE, SOCKET, UNKNOWN ->
          throw new IllegalArgumentException(kind.label() + " is not a scalar");
    };
  }

  private static String canonicalFloat(double value) {
    if (Double.isNaN(value)) {
      return ".nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? ".inf" : "-.inf";
    }
    return Double.toString(value);
  }

  private static boolean typedAs(String text, NodeKind kind) {
    return !text.isEmpty() && PlainTyping.kind(text) == kind && singlePlain(text);
  }

  private static boolean singlePlain(String text) {
    return readsBackAs("k: " + text + "\n", text) && readsBackAs("[" + text + "]", text);
  }

  private static boolean plainReadsBack(String value, boolean flow) {
    if (value.isEmpty() || value.strip().length() != value.length() || value.contains("\n")) {
      return false;
    }
    if (PlainTyping.kind(value) != NodeKind.STRING) {
      return false;
    }
    return flow
        ? readsBackAs("[" + value + "]", value) && readsBackAs("{" + value + ": v}", value)
        : readsBackAs("k: " + value + "\n", value) && readsBackAs(value + ": v\n", value);
  }

  /** Whether the probe document holds, first, exactly {@code value} as an untagged plain scalar. */
  private static boolean readsBackAs(String probe, String value) {
    try {
      YamlNode root = new YamlDocumentReader("probe").read(new StringReader(probe));
      YamlNode first =
          switch (root) {
            case YamlNode.Mapping m when m.entries().size() == 1 ->
                probe.startsWith("k: ") ? m.entries().get(0).value() : m.entries().get(0).key();
            case YamlNode.Sequence s when s.items().size() == 1 -> s.items().get(0);
            default -> null;
          };
      return first instanceof YamlNode.Scalar s
          && s.plain()
          && s.tag() == null
          && s.value().equals(value);
    } catch (ConfigException e) {
      return false;
    }
  }

  /** A double-quoted YAML scalar; escapes what YAML would otherwise read differently. */
  public static String doubleQuoted(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    value
        .codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                  if (c < 0x20 || c >= 0x7F && c < 0xA0) {
                    out.append(String.format("\\x%02X", c));
                  } else if (c == 0x2028
                      || c == 0x2029
                      || c == 0xFEFF
                      || c == 0xFFFE
                      || c == 0xFFFF) {
                    out.append(String.format("\\u%04X", c));
                  } else {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.append('"').toString();
  }
}
