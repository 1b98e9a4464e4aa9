package dev.cloudabi.elf.report;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A minimal streaming JSON writer: objects, arrays, strings, unsigned integers, booleans, null. It
 * tracks commas itself so callers only say what comes next.
 */
final class JsonOut {
  private final Appendable out;
  private boolean needComma;
  private int depth;
  private final boolean pretty;

  JsonOut(Appendable out, boolean pretty) {
    this.out = out;
    this.pretty = pretty;
  }

  JsonOut beginObject() {
    value("{");
    depth++;
    needComma = false;
    return this;
  }

  JsonOut endObject() {
    depth--;
    newline();
    raw("}");
    needComma = true;
    return this;
  }

  JsonOut beginArray() {
    value("[");
    depth++;
    needComma = false;
    return this;
  }

  JsonOut endArray() {
    depth--;
    newline();
    raw("]");
    needComma = true;
    return this;
  }

  /** The next value belongs to this key. */
  JsonOut name(String key) {
    separator();
    string(key);
    raw(pretty ? ": " : ":");
    needComma = false;
    nameWritten = true;
    return this;
  }

  private boolean nameWritten;

  JsonOut field(String key, String value) {
    return name(key).stringValue(value);
  }

  JsonOut field(String key, long unsigned) {
    return name(key).number(unsigned);
  }

  JsonOut fieldSigned(String key, long signed) {
    name(key);
    return value(Long.toString(signed));
  }

  JsonOut field(String key, boolean value) {
    name(key);
    return value(Boolean.toString(value));
  }

  JsonOut nullField(String key) {
    name(key);
    return value("null");
  }

  JsonOut stringValue(String value) {
    if (value == null) {
      return value("null");
    }
    beforeValue();
    string(value);
    needComma = true;
    return this;
  }

  /** An unsigned 64-bit integer in decimal. */
  JsonOut number(long unsigned) {
    return value(Long.toUnsignedString(unsigned));
  }

  private JsonOut value(String text) {
    beforeValue();
    raw(text);
    needComma = true;
    return this;
  }

  private void beforeValue() {
    if (nameWritten) {
      nameWritten = false;
    } else {
      separator();
    }
  }

  private void separator() {
    if (needComma) {
      raw(",");
    }
    if (depth > 0) {
      newline();
    }
  }

  private void newline() {
    if (pretty) {
      raw("\n");
      raw("  ".repeat(Math.max(0, depth)));
    }
  }

  private void string(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    raw(b.append('"').toString());
  }

  private void raw(String s) {
    try {
      out.append(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
