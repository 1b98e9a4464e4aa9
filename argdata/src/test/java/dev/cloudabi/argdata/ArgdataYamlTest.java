package dev.cloudabi.argdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArgdataYamlTest {

  private static String body(ArgdataValue value) {
    String yaml = ArgdataYaml.format(value);
    assertThat(yaml).startsWith("%TAG ! tag:nuxi.nl,2015:cloudabi/\n---\n");
    assertThat(YamlTestParser.parse(yaml)).as("reads back").isEqualTo(value);
    return yaml.substring(ArgdataYaml.HEADER.length());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "yes",
        "No",
        "y",
        "N",
        "on",
        "OFF",
        "true",
        "False",
        "null",
        "NULL",
        "~",
        "",
        "123",
        "-7",
        "0x1F",
        "0o17",
        "1.5",
        "1e3",
        ".5",
        ".inf",
        "-.inf",
        ".nan",
        "inf",
        "INFINITY",
        "NaN",
        "2017-03-01",
        "2017-3-1 12:00:00",
        "_1",
        "a: b",
        "a #c",
        "- x",
        " lead",
        "trail ",
        "@x"
      })
  void stringsThatYamlWouldTypeOtherwiseAreQuoted(String s) {
    assertThat(body(Argdata.of(s))).startsWith("\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"hello", "hello world", "/srv/www", "x-y_z.w", "port", "Yesterday"})
  void ordinaryWordsStayPlain(String s) {
    assertThat(body(Argdata.of(s))).isEqualTo(s + "\n");
  }

  @Test
  void controlCharactersLineSeparatorsAndQuotesAreEscaped() {
    assertThat(body(Argdata.of("a\"b\\c\nd\te\u0001\u0085\u2028\uFEFF")))
        .isEqualTo("\"a\\\"b\\\\c\\nd\\te\\x01\\x85\\u2028\\uFEFF\"\n");
  }

  @Test
  void everyFloatIsExact() {
    assertThat(body(Argdata.of(-0.0))).isEqualTo("-0.0\n");
    assertThat(body(Argdata.of(1e21))).isEqualTo("1.0E21\n");
    assertThat(body(Argdata.of(Double.MIN_VALUE))).isEqualTo("4.9E-324\n");
    assertThat(body(Argdata.of(Double.POSITIVE_INFINITY))).isEqualTo(".inf\n");
    assertThat(body(Argdata.of(Double.NEGATIVE_INFINITY))).isEqualTo("-.inf\n");
    assertThat(body(Argdata.of(Double.NaN))).isEqualTo(".nan\n");
    assertThat(body(new FloatValue(0xFFF8000000000000L))).isEqualTo("!!float 0xFFF8000000000000\n");
    assertThat(body(new FloatValue(0x7FF0000000000001L))).isEqualTo("!!float 0x7FF0000000000001\n");
  }

  @Test
  void timestampsOutsideYears1To9999UseTheRawNanosecondCount() {
    BigInteger year10000 = new BigInteger("253402300800000000000");
    assertThat(body(new TimestampValue(year10000)))
        .isEqualTo("!!timestamp 253402300800000000000\n");
    assertThat(body(new TimestampValue(year10000.subtract(BigInteger.ONE))))
        .isEqualTo("!!timestamp 9999-12-31T23:59:59.999999999Z\n");
    assertThat(body(new TimestampValue(BigInteger.TEN.pow(50).negate())))
        .isEqualTo("!!timestamp -" + BigInteger.TEN.pow(50) + "\n");
    assertThat(body(TimestampValue.ofNanos(1_000_000)))
        .isEqualTo("!!timestamp 1970-01-01T00:00:00.001Z\n");
  }

  @Test
  void intsOfAnySizeArePlainDecimal() {
    assertThat(body(Argdata.of(BigInteger.TWO.pow(100).negate())))
        .isEqualTo("-1267650600228229401496703205376\n");
  }

  @Test
  void binaryAndFdUseTheirTags() {
    assertThat(body(Argdata.binary(new byte[0]))).isEqualTo("!!binary \"\"\n");
    assertThat(body(Argdata.binary(new byte[] {(byte) 0xFB, (byte) 0xFF})))
        .isEqualTo("!!binary +/8=\n");
    assertThat(body(Argdata.fd(0))).isEqualTo("!fd 0\n");
  }

  @Test
  void nonStringAndCollectionKeysUseTheExplicitForm() {
    MapValue map =
        Argdata.map()
            .put(Argdata.of(1), Argdata.of("one"))
            .put(Argdata.fd(2), Argdata.of("fd"))
            .put(Argdata.seq().add(1).add(2).build(), Argdata.map().put("x", 1).build())
            .put(Argdata.map().put("a", 1).put("b", 2).build(), Argdata.nullValue())
            .put(MapValue.EMPTY, SeqValue.EMPTY)
            .build();
    assertThat(body(map))
        .isEqualTo(
            """
            1: one
            ? !fd 2
            : fd
            ? - 1
              - 2
            :
              x: 1
            ? a: 1
              b: 2
            : null
            ? {}
            : []
            """);
  }

  @Test
  void nestedSequencesUseCompactNotation() {
    SeqValue seq =
        Argdata.seq()
            .add(Argdata.seq().add(1).add(Argdata.seq().add(2)))
            .add(Argdata.map().put("k", Argdata.seq().add(3)))
            .build();
    assertThat(body(seq))
        .isEqualTo(
            """
            - - 1
              - - 2
            - k:
                - 3
            """);
  }

  @Test
  void veryLongKeysUseTheExplicitForm() {
    String key = "k".repeat(1500);
    assertThat(body(Argdata.map().put(key, 1).build())).isEqualTo("? " + key + "\n: 1\n");
  }
}
