package dev.cloudabi.runner.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CScalarsTest {
  @ParameterizedTest
  @ValueSource(strings = {"y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"})
  void theElevenSpellingsOfTrueAreTrue(String text) {
    assertThat(CScalars.parseBool(text)).contains(true);
  }

  @ParameterizedTest
  @ValueSource(strings = {"n", "N", "no", "NO", "false", "FALSE", "off", "Off"})
  void theSpellingsOfFalseAreFalse(String text) {
    assertThat(CScalars.parseBool(text)).contains(false);
  }

  @ParameterizedTest
  @ValueSource(strings = {"yES", "tRUE", "1", "", "t"})
  void otherWordsAreNotBooleans(String text) {
    assertThat(CScalars.parseBool(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0",
    "-17, -17",
    "+42, 42",
    "0o17, 15",
    "0x1F, 31",
    "0xff, 255",
    "007, 7",
    "9223372036854775808, 9223372036854775808",
    "18446744073709551615, 18446744073709551615",
    "36893488147419103232, 36893488147419103232"
  })
  void integersInEveryBaseAndAnySize(String text, String expected) {
    assertThat(CScalars.parseInt(text)).contains(new BigInteger(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0o8", "0x", "1.0", "1e3", "12abc", "-0x10", " 1", ""})
  void textThatIsNotWhollyAnIntegerIsNotAnInteger(String text) {
    assertThat(CScalars.parseInt(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "1.5, 1.5",
    "1e3, 1000",
    ".5, 0.5",
    "5., 5",
    "-2.5E-1, -0.25",
    "0x1.8p1, 3",
    "0x1.8, 1.5"
  })
  void floatsAreWhatStrtodConsumesWhole(String text, double expected) {
    assertThat(CScalars.parseFloat(text)).hasValue(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {".inf", "inf", "Infinity", "+INF"})
  void positiveInfinitySpellings(String text) {
    assertThat(CScalars.parseFloat(text)).hasValue(Double.POSITIVE_INFINITY);
  }

  @ParameterizedTest
  @ValueSource(strings = {".nan", "nan", "NaN", "-nan", "nan(0x1)"})
  void notANumberSpellings(String text) {
    assertThat(CScalars.parseFloat(text).getAsDouble()).isNaN();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.5f", "1.5d", "e3", "1e", "1.2.3", "", "+.inf", "Infinityx"})
  void javaOnlyFloatFormsAreNotFloats(String text) {
    assertThat(CScalars.parseFloat(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"~", "null", "Null", "NULL", ""})
  void nullSpellings(String text) {
    assertThat(CScalars.isNull(text)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "1970-01-01, 0",
    "1970-01-01T00:00:01Z, 1000000000",
    "2017-03-01T12:00:00.5Z, 1488369600500000000",
    "1969-07-20T20:17:40Z, -14182940000000000",
    "2017-3-1 12:00:00.5, 1488369600500000000",
    "2017-03-01t13:30:00+1:30, 1488369600000000000",
    "2017-03-01T10:00:00-02:00, 1488369600000000000",
    "2001-12-14t21:59:43.10-05:00, 1008385183100000000",
    "2017-03-01T12:00:00.1234567891Z, 1488369600123456789"
  })
  void timestampsBecomeNanosecondsSinceTheEpoch(String text, String nanos) {
    assertThat(CScalars.parseTimestamp(text)).contains(new BigInteger(nanos));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2017-3-1", "17-03-01", "2017-03-01T12:00", "2017-03-01 x", "today"})
  void otherTextIsNotATimestamp(String text) {
    assertThat(CScalars.parseTimestamp(text)).isEmpty();
  }
}
