package dev.cloudabi.argdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every invalid form of ARGDATA-FORMAT.md §10, rejected with its violation and byte offset. */
class InvalidFormsTest {

  @ParameterizedTest(name = "{0}: {1} at {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          00                                 | UNKNOWN_TAG           | 0
          0A                                 | UNKNOWN_TAG           | 0
          FF 01                              | UNKNOWN_TAG           | 0
          07 81 0A                           | UNKNOWN_TAG           | 2
          02 00                              | BAD_BOOL              | 0
          02 01 01                           | BAD_BOOL              | 0
          02 02                              | BAD_BOOL              | 0
          03 00 00 00                        | BAD_FD_LENGTH         | 0
          03 00 00 00 00 00                  | BAD_FD_LENGTH         | 0
          03 FF FF FF FF                     | FD_OUT_OF_RANGE       | 0
          03 80 00 00 00                     | FD_OUT_OF_RANGE       | 0
          04 3F F8                           | BAD_FLOAT_LENGTH      | 0
          04 3F F8 00 00 00 00 00 00 00      | BAD_FLOAT_LENGTH      | 0
          08                                 | MISSING_NUL           | 0
          08 68 69                           | MISSING_NUL           | 0
          07 84 08 68 69 00 83 08 68 69      | MISSING_NUL           | 7
          08 61 00 62 00                     | NUL_IN_STRING         | 2
          08 C3 A9 00 62 00                  | NUL_IN_STRING         | 3
          08 80 00                           | INVALID_UTF8          | 1
          08 61 BF 00                        | INVALID_UTF8          | 2
          08 F8 88 80 80 80 00               | INVALID_UTF8          | 1
          08 FC 84 80 80 80 80 00            | INVALID_UTF8          | 1
          08 C3 28 00                        | INVALID_UTF8          | 1
          08 C3 00                           | INVALID_UTF8          | 1
          08 61 E2 82 00                     | INVALID_UTF8          | 2
          08 C0 AF 00                        | INVALID_UTF8          | 1
          08 C1 BF 00                        | INVALID_UTF8          | 1
          08 E0 80 AF 00                     | INVALID_UTF8          | 1
          08 F0 80 80 AF 00                  | INVALID_UTF8          | 1
          08 ED A0 80 00                     | INVALID_UTF8          | 1
          08 ED BF BF 00                     | INVALID_UTF8          | 1
          08 F4 90 80 80 00                  | INVALID_UTF8          | 1
          08 F5 80 80 80 00                  | INVALID_UTF8          | 1
          05 00                              | NON_MINIMAL_INT       | 1
          05 00 7F                           | NON_MINIMAL_INT       | 1
          05 FF FF                           | NON_MINIMAL_INT       | 1
          05 FF 80 00                        | NON_MINIMAL_INT       | 1
          09 00                              | NON_MINIMAL_TIMESTAMP | 1
          09 00 01                           | NON_MINIMAL_TIMESTAMP | 1
          09 FF 80                           | NON_MINIMAL_TIMESTAMP | 1
          07 00 81 02                        | NON_CANONICAL_LENGTH  | 1
          06 00 83 08 61 00 81 02            | NON_CANONICAL_LENGTH  | 1
          07 01                              | TRUNCATED_LENGTH      | 1
          07 01 01                           | TRUNCATED_LENGTH      | 1
          07 01 01 01 01 01 01 01 01 01 01 01 | TRUNCATED_LENGTH     | 1
          07 82 05 01 05                     | TRUNCATED_LENGTH      | 4
          07 83 05 01                        | TRUNCATED_SUBFIELD    | 1
          07 01 80 05                        | TRUNCATED_SUBFIELD    | 1
          07 7F 7F 7F 7F 7F 7F 7F 7F 7F 7F FF | TRUNCATED_SUBFIELD   | 1
          06 83 08 61 00                     | ODD_MAP               | 1
          06 82 05 01 80 83 08 61 00         | ODD_MAP               | 5
          06 83 08 61 00 80 83 08 61 00 80   | DUPLICATE_KEY         | 6
          06 82 05 01 80 80 81 02 80 81 02   | DUPLICATE_KEY         | 8
          """)
  void strictDecodingRejects(String hex, Violation violation, long offset) {
    byte[] bytes = HexFormat.of().parseHex(hex.replace(" ", ""));
    ArgdataFormatException e =
        catchThrowableOfType(ArgdataFormatException.class, () -> Argdata.decode(bytes));
    assertThat(e).as("decoding %s", hex).isNotNull();
    assertThat(e.violation()).isEqualTo(violation);
    assertThat(e.offset()).isEqualTo(offset);
    assertThat(e.getMessage()).endsWith(" at byte " + offset);
  }

  @Test
  void nestingDeeperThanTheLimitIsRejectedAtTheTooDeepContainer() {
    byte[] threeDeep = HexFormat.of().parseHex("0783078107");
    var limits = ArgdataLimits.DEFAULT.withMaxDepth(2);
    var e =
        catchThrowableOfType(ArgdataFormatException.class, () -> Argdata.decode(threeDeep, limits));
    assertThat(e.violation()).isEqualTo(Violation.TOO_DEEP);
    assertThat(e.offset()).isEqualTo(4);
  }

  @Test
  void nestingAtTheLimitIsAccepted() throws Exception {
    byte[] twoDeep = HexFormat.of().parseHex("078107");
    assertThat(Argdata.decode(twoDeep, ArgdataLimits.DEFAULT.withMaxDepth(2)))
        .isEqualTo(Argdata.seq().add(SeqValue.EMPTY).build());
  }

  @Test
  void inputLongerThanTheLimitIsRejectedBeforeReading() {
    var e =
        catchThrowableOfType(
            ArgdataFormatException.class,
            () -> Argdata.decode(new byte[5], ArgdataLimits.DEFAULT.withMaxLength(4)));
    assertThat(e.violation()).isEqualTo(Violation.TOO_LONG);
    assertThat(e.offset()).isZero();
  }

  @Test
  void fdAboveAConfiguredMaximumIsOutOfRange() throws Exception {
    byte[] fd2 = HexFormat.of().parseHex("0300000002");
    assertThat(Argdata.decode(fd2, ArgdataLimits.DEFAULT.withMaxFd(2))).isEqualTo(new FdValue(2));
    var e =
        catchThrowableOfType(
            ArgdataFormatException.class,
            () -> Argdata.decode(fd2, ArgdataLimits.DEFAULT.withMaxFd(1)));
    assertThat(e.violation()).isEqualTo(Violation.FD_OUT_OF_RANGE);
    assertThat(e.getMessage()).contains("fd 2 is above the limit 1");
  }

  @Test
  void largestValidFdIsIntMax() throws Exception {
    assertThat(Argdata.decode(HexFormat.of().parseHex("037FFFFFFF")))
        .isEqualTo(new FdValue(Integer.MAX_VALUE));
  }
}
