package dev.cloudabi.argdata;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Random Argdata trees covering every type and the awkward corners of each. */
final class ArgdataArbitraries {
  private ArgdataArbitraries() {}

  static Arbitrary<ArgdataValue> values(int depth) {
    if (depth == 0) {
      return scalars();
    }
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, scalars()),
        net.jqwik.api.Tuple.of(1, seqs(depth - 1)),
        net.jqwik.api.Tuple.of(1, maps(depth - 1)));
  }

  static Arbitrary<ArgdataValue> scalars() {
    return Arbitraries.oneOf(
        Arbitraries.just(NullValue.INSTANCE),
        Arbitraries.of(true, false).map(BoolValue::of),
        Arbitraries.longs().map(IntValue::of),
        Arbitraries.longs().between(-300, 300).map(IntValue::of),
        bigIntegers().map(IntValue::of),
        Arbitraries.longs().map(FloatValue::new),
        Arbitraries.of(0.0, -0.0, 1.5, 0.1, 1e300, 4.9e-324, Double.NaN, Double.POSITIVE_INFINITY)
            .map(FloatValue::of),
        strings().map(StrValue::new),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(40).map(BinaryValue::new),
        Arbitraries.integers().between(0, Integer.MAX_VALUE).map(FdValue::new),
        Arbitraries.integers().between(0, 5).map(FdValue::new),
        bigIntegers().map(TimestampValue::new),
        Arbitraries.longs().map(TimestampValue::ofNanos));
  }

  static Arbitrary<BigInteger> bigIntegers() {
    return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(20).map(BigInteger::new);
  }

  /** Strings a YAML reader could mistype, plus random valid Unicode without NUL. */
  static Arbitrary<String> strings() {
    Arbitrary<String> tricky =
        Arbitraries.of(
            "",
            " ",
            "a ",
            " a",
            "yes",
            "No",
            "y",
            "ON",
            "null",
            "~",
            "true",
            "TRUE",
            "1",
            "-1",
            "0x1F",
            "0o17",
            "1.5",
            "1e3",
            ".5",
            ".inf",
            "-.inf",
            ".nan",
            "inf",
            "NaN",
            "Infinity",
            "2017-03-01",
            "2001-12-14t21:59:43.10-05:00",
            "_",
            "_1",
            "<<",
            "=",
            "a: b",
            "a #b",
            "- a",
            "? a",
            "[a]",
            "{a}",
            "!fd 1",
            "&a",
            "*a",
            "|",
            ">",
            "'",
            "\"",
            "\\",
            "%x",
            "@x",
            "`x",
            "a\nb",
            "tab\there",
            "\u0085",
            "\u2028",
            "\uFEFF",
            "\uFFFE",
            "é",
            "😀",
            "\u007F",
            "/srv/www",
            "hello world",
            "x-y_z.w");
    Arbitrary<String> unicode =
        Arbitraries.integers()
            .between(1, 0x10FFFF)
            .filter(c -> c < 0xD800 || c > 0xDFFF)
            .list()
            .ofMaxSize(12)
            .map(
                cps -> {
                  var sb = new StringBuilder();
                  cps.forEach(sb::appendCodePoint);
                  return sb.toString();
                });
    Arbitrary<String> words =
        Arbitraries.strings().withCharRange('a', 'z').withChars(" ._-/0").ofMaxLength(12);
    return Arbitraries.oneOf(tricky, unicode, words);
  }

  static Arbitrary<ArgdataValue> seqs(int depth) {
    return Arbitraries.lazy(() -> values(depth)).list().ofMaxSize(5).map(SeqValue::new);
  }

  static Arbitrary<ArgdataValue> maps(int depth) {
    Arbitrary<ArgdataValue> keys =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(5, strings().map(StrValue::new)),
            net.jqwik.api.Tuple.of(1, Arbitraries.lazy(() -> values(depth))));
    return Arbitraries.entries(keys, Arbitraries.lazy(() -> values(depth)))
        .list()
        .ofMaxSize(5)
        .map(
            pairs -> {
              Map<ArgdataValue, ArgdataValue> unique = new LinkedHashMap<>();
              pairs.forEach(p -> unique.putIfAbsent(p.getKey(), p.getValue()));
              List<MapValue.Entry> entries = new ArrayList<>();
              unique.forEach((k, v) -> entries.add(new MapValue.Entry(k, v)));
              return new MapValue(entries);
            });
  }
}
