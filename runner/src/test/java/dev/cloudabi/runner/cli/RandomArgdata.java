package dev.cloudabi.runner.cli;

import dev.cloudabi.argdata.ArgdataValue;
import dev.cloudabi.argdata.BinaryValue;
import dev.cloudabi.argdata.BoolValue;
import dev.cloudabi.argdata.FdValue;
import dev.cloudabi.argdata.FloatValue;
import dev.cloudabi.argdata.IntValue;
import dev.cloudabi.argdata.MapValue;
import dev.cloudabi.argdata.NullValue;
import dev.cloudabi.argdata.SeqValue;
import dev.cloudabi.argdata.StrValue;
import dev.cloudabi.argdata.TimestampValue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Random Argdata trees biased towards what is hard to write as YAML text. */
final class RandomArgdata {
  private static final String[] TRICKY_STRINGS = {
    "",
    " ",
    "y",
    "n",
    "yes",
    "No",
    "on",
    "OFF",
    "true",
    "null",
    "~",
    "Null",
    "0",
    "-1",
    "0x1F",
    "0o17",
    "1.5",
    ".5",
    "1e3",
    "inf",
    "-.inf",
    ".nan",
    "nan",
    "2017-03-01",
    "2017-03-01 12:00:00",
    "a: b",
    "- x",
    "#comment",
    "a #b",
    "'quoted'",
    "\"dq\"",
    "line\nbreak",
    "tab\there",
    " lead",
    "trail ",
    "!fd 1",
    "!!str",
    "&anchor",
    "*alias",
    "{}",
    "[]",
    "%TAG",
    "---",
    "...",
    "?",
    ":",
    "é",
    "日本語",
    "😀",
    "\u2028",
    "back\\slash",
    "|",
    ">",
    "@",
    "`",
    ",",
    "\r",
    "\u0085",
    "\ufeff"
  };

  private final Random random;

  RandomArgdata(long seed) {
    this.random = new Random(seed);
  }

  ArgdataValue value(int depth) {
    int kind = random.nextInt(depth > 3 ? 9 : 11);
    return switch (kind) {
      case 0 -> NullValue.INSTANCE;
      case 1 -> BoolValue.of(random.nextBoolean());
      case 2 -> integer();
      case 3 -> real();
      case 4, 5 -> new StrValue(string());
      case 6 -> binary();
      case 7 -> new FdValue(random.nextInt(4) == 0 ? Integer.MAX_VALUE : random.nextInt(10));
      case 8 -> timestamp();
      case 9 -> map(depth + 1);
      default -> seq(depth + 1);
    };
  }

  private IntValue integer() {
    return switch (random.nextInt(4)) {
      case 0 -> IntValue.of(random.nextInt(256) - 128);
      case 1 -> IntValue.of(random.nextLong());
      case 2 -> IntValue.of(new BigInteger(70 + random.nextInt(80), random).negate());
      default -> IntValue.of(new BigInteger(64 + random.nextInt(80), random));
    };
  }

  private FloatValue real() {
    return switch (random.nextInt(6)) {
      case 0 -> FloatValue.of(-0.0);
      case 1 -> FloatValue.of(random.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NaN);
      case 2 -> new FloatValue(0x7ff0000000000001L + random.nextInt(1000)); // NaN payloads
      case 3 -> new FloatValue(random.nextLong());
      case 4 -> FloatValue.of(random.nextInt(1000) / 8.0);
      default -> FloatValue.of(random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20));
    };
  }

  private String string() {
    if (random.nextBoolean()) {
      return TRICKY_STRINGS[random.nextInt(TRICKY_STRINGS.length)];
    }
    StringBuilder s = new StringBuilder();
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      int cp = random.nextInt(5) == 0 ? 1 + random.nextInt(0x2FFFF) : 32 + random.nextInt(95);
      if (Character.isSurrogate((char) cp) && cp < 0x10000) {
        cp = 'x';
      }
      s.appendCodePoint(cp);
    }
    return s.toString();
  }

  private BinaryValue binary() {
    byte[] bytes = new byte[random.nextInt(5) == 0 ? 0 : random.nextInt(300)];
    random.nextBytes(bytes);
    return new BinaryValue(bytes);
  }

  private TimestampValue timestamp() {
    return switch (random.nextInt(3)) {
      case 0 -> TimestampValue.ofNanos(random.nextLong());
      case 1 -> new TimestampValue(new BigInteger(90, random).negate());
      default -> TimestampValue.ofNanos(random.nextLong() % 4_000_000_000_000_000_000L);
    };
  }

  private MapValue map(int depth) {
    int size = random.nextInt(5);
    List<MapValue.Entry> entries = new ArrayList<>();
    Set<ArgdataValue> keys = new HashSet<>();
    for (int i = 0; i < size; i++) {
      ArgdataValue key = random.nextInt(4) == 0 ? value(depth + 2) : new StrValue(string());
      if (keys.add(key)) {
        entries.add(new MapValue.Entry(key, value(depth)));
      }
    }
    return new MapValue(entries);
  }

  private SeqValue seq(int depth) {
    List<ArgdataValue> elements = new ArrayList<>();
    int size = random.nextInt(5);
    for (int i = 0; i < size; i++) {
      elements.add(value(depth));
    }
    return new SeqValue(elements);
  }
}
