package dev.cloudabi.argdata;

import java.math.BigInteger;

/**
 * Formats a value as a YAML 1.1 document in cloudabi-run's dialect, exactly: every value has one
 * text that reads back to it. Block style, two-space indents; the forms are listed in
 * argdata/README.md ("Text form").
 */
public final class ArgdataYaml {
  /** The directive that makes {@code !fd} mean {@code tag:nuxi.nl,2015:cloudabi/fd}. */
  public static final String HEADER = "%TAG ! tag:nuxi.nl,2015:cloudabi/\n---\n";

  /** Scalar keys longer than this use the explicit "? " form (YAML caps implicit keys at 1024). */
  private static final int MAX_IMPLICIT_KEY = 1000;

  private final StringBuilder out = new StringBuilder();

  private ArgdataYaml() {}

  public static String format(ArgdataValue value) {
    var yaml = new ArgdataYaml();
    yaml.out.append(HEADER);
    yaml.block(value, 0);
    return yaml.out.toString();
  }

  /** The one-line form of a scalar or empty collection, or null for a non-empty map/seq. */
  static String inline(ArgdataValue value) {
    return switch (value) {
      case NullValue n -> "null";
      case BoolValue(boolean b) -> b ? "true" : "false";
      case LongIntValue(long v) -> Long.toString(v);
      case BigIntValue(BigInteger v) -> v.toString();
      case FloatValue(long bits) -> YamlScalars.floating(bits);
      case StrValue(String s) -> YamlScalars.str(s);
      case BinaryValue b -> YamlScalars.binary(b.bytesUnsafe());
      case FdValue(int number) -> "!fd " + number;
      case TimestampValue(BigInteger nanos) -> YamlScalars.timestamp(nanos);
      case MapValue m -> m.entries().isEmpty() ? "{}" : null;
      case SeqValue s -> s.elements().isEmpty() ? "[]" : null;
    };
  }

  /** Writes {@code value}; the cursor is already at column {@code indent}. */
  private void block(ArgdataValue value, int indent) {
    String text = inline(value);
    if (text != null) {
      out.append(text).append('\n');
      return;
    }
    boolean first = true;
    if (value instanceof MapValue map) {
      for (MapValue.Entry e : map.entries()) {
        if (!first) {
          indent(indent);
        }
        entry(e, indent);
        first = false;
      }
    } else if (value instanceof SeqValue seq) {
      for (ArgdataValue element : seq.elements()) {
        if (!first) {
          indent(indent);
        }
        out.append("- ");
        block(element, indent + 2);
        first = false;
      }
    }
  }

  private void entry(MapValue.Entry e, int indent) {
    String key = inline(e.key());
    // Tagged scalars and collections as keys take the explicit form, which every parser accepts.
    boolean implicit =
        key != null
            && !key.startsWith("!")
            && !key.equals("{}")
            && !key.equals("[]")
            && key.length() <= MAX_IMPLICIT_KEY;
    if (implicit) {
      out.append(key).append(':');
    } else {
      out.append("? ");
      block(e.key(), indent + 2);
      indent(indent);
      out.append(':');
    }
    String value = inline(e.value());
    if (value != null) {
      out.append(' ').append(value).append('\n');
    } else {
      out.append('\n');
      indent(indent + 2);
      block(e.value(), indent + 2);
    }
  }

  private void indent(int n) {
    out.repeat(' ', n);
  }
}
