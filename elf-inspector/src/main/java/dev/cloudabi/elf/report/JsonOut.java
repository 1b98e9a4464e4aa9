package dev.cloudabi.elf.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A minimal streaming JSON writer: objects, arrays, strings, unsigned integers, booleans, null. It
 * tracks commas itself so callers only say what comes next. It writes UTF-8 into its own buffer and
 * hands it to the stream in large blocks: a big library's report has millions of tokens, and a
 * string, a builder and a writer call per token cost more than decoding the file.
 */
final class JsonOut {
  private static final int BUFFER = 1 << 16;

  private final OutputStream sink;
  private final byte[] buf = new byte[BUFFER];
  private int pos;
  private boolean needComma;
  private boolean nameWritten;
  private int depth;
  private final boolean pretty;

  JsonOut(OutputStream sink, boolean pretty) {
    this.sink = sink;
    this.pretty = pretty;
  }

  JsonOut beginObject() {
    beforeValue();
    put('{');
    depth++;
    needComma = false;
    return this;
  }

  JsonOut endObject() {
    depth--;
    newline();
    put('}');
    needComma = true;
    return this;
  }

  JsonOut beginArray() {
    beforeValue();
    put('[');
    depth++;
    needComma = false;
    return this;
  }

  JsonOut endArray() {
    depth--;
    newline();
    put(']');
    needComma = true;
    return this;
  }

  /** The next value belongs to this key. */
  JsonOut name(String key) {
    separator();
    string(key);
    put(':');
    if (pretty) {
      put(' ');
    }
    needComma = false;
    nameWritten = true;
    return this;
  }

  JsonOut field(String key, String value) {
    return name(key).stringValue(value);
  }

  JsonOut field(String key, long unsigned) {
    return name(key).number(unsigned);
  }

  JsonOut fieldSigned(String key, long signed) {
    name(key);
    beforeValue();
    if (signed < 0) {
      put('-');
      if (signed == Long.MIN_VALUE) {
        ascii("9223372036854775808");
      } else {
        digits(-signed);
      }
    } else {
      digits(signed);
    }
    needComma = true;
    return this;
  }

  JsonOut field(String key, boolean value) {
    name(key);
    return literal(value ? "true" : "false");
  }

  JsonOut nullField(String key) {
    name(key);
    return literal("null");
  }

  JsonOut stringValue(String value) {
    if (value == null) {
      return literal("null");
    }
    beforeValue();
    string(value);
    needComma = true;
    return this;
  }

  /** An unsigned 64-bit integer in decimal. */
  JsonOut number(long unsigned) {
    beforeValue();
    if (unsigned >= 0) {
      digits(unsigned);
    } else {
      ascii(Long.toUnsignedString(unsigned));
    }
    needComma = true;
    return this;
  }

  /** Hands everything written so far to the stream (and flushes it). */
  void flush() {
    try {
      sink.write(buf, 0, pos);
      sink.flush();
      pos = 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonOut literal(String text) {
    beforeValue();
    ascii(text);
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
      put(',');
    }
    if (depth > 0) {
      newline();
    }
  }

  private void newline() {
    if (pretty) {
      put('\n');
      for (int i = 0; i < depth; i++) {
        put(' ');
        put(' ');
      }
    }
  }

  /** Non-negative {@code v} in decimal, without a temporary string. */
  private void digits(long v) {
    room(20);
    int length = 1;
    for (long rest = v / 10; rest != 0; rest /= 10) {
      length++;
    }
    int at = pos + length;
    pos = at;
    do {
      buf[--at] = (byte) ('0' + (int) (v % 10));
      v /= 10;
    } while (v != 0);
  }

  private void string(String s) {
    int n = s.length();
    if (n + 2 <= BUFFER) {
      room(n + 2);
      int p = pos;
      buf[p++] = '"';
      int i = 0;
      for (; i < n; i++) {
        char c = s.charAt(i);
        if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\') {
          break;
        }
        buf[p++] = (byte) c;
      }
      pos = p;
      if (i == n) {
        buf[pos++] = '"';
        return;
      }
      rest(s, i);
    } else {
      put('"');
      rest(s, 0);
    }
  }

  /** The string from {@code i} on, escaped and UTF-8 encoded char by char, and its quote. */
  private void rest(String s, int i) {
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> ascii("\\\"");
        case '\\' -> ascii("\\\\");
        case '\n' -> ascii("\\n");
        case '\r' -> ascii("\\r");
        case '\t' -> ascii("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            ascii(String.format("\\u%04x", (int) c));
          } else if (c < 0x80) {
            put(c);
          } else if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            utf8(Character.toCodePoint(c, s.charAt(++i)));
          } else if (Character.isSurrogate(c)) {
            put('?'); // what a UTF-8 writer puts for an unpaired surrogate
          } else {
            utf8(c);
          }
        }
      }
    }
    put('"');
  }

  private void utf8(int codePoint) {
    room(4);
    if (codePoint < 0x800) {
      buf[pos++] = (byte) (0xC0 | codePoint >>> 6);
    } else if (codePoint < 0x10000) {
      buf[pos++] = (byte) (0xE0 | codePoint >>> 12);
      buf[pos++] = (byte) (0x80 | (codePoint >>> 6 & 0x3F));
    } else {
      buf[pos++] = (byte) (0xF0 | codePoint >>> 18);
      buf[pos++] = (byte) (0x80 | (codePoint >>> 12 & 0x3F));
      buf[pos++] = (byte) (0x80 | (codePoint >>> 6 & 0x3F));
    }
    buf[pos++] = (byte) (0x80 | (codePoint & 0x3F));
  }

  private void ascii(String text) {
    for (int i = 0; i < text.length(); i++) {
      put(text.charAt(i));
    }
  }

  private void put(int b) {
    room(1);
    buf[pos++] = (byte) b;
  }

  private void room(int n) {
    if (pos + n > BUFFER) {
      try {
        sink.write(buf, 0, pos);
        pos = 0;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
