package dev.cloudabi.runner.trace;

import java.util.List;
import java.util.function.Function;

/** A minimal writer for one flat JSON object; strings are escaped per RFC 8259. */
final class JsonLine {
  private final StringBuilder out = new StringBuilder("{");
  private boolean first = true;

  JsonLine field(String name, String value) {
    key(name);
    string(value);
    return this;
  }

  JsonLine field(String name, long value) {
    key(name);
    out.append(value);
    return this;
  }

  <T> JsonLine object(
      String name, List<T> items, Function<T, String> key, Function<T, String> value) {
    key(name);
    out.append('{');
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      string(key.apply(items.get(i)));
      out.append(':');
      string(value.apply(items.get(i)));
    }
    out.append('}');
    return this;
  }

  String end() {
    return out.append('}').toString();
  }

  private void key(String name) {
    if (!first) {
      out.append(',');
    }
    first = false;
    string(name);
    out.append(':');
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
