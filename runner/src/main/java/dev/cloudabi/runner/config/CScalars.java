package dev.cloudabi.runner.config;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scalar grammar of the 2016–2017 {@code cloudabi-run} (the C front end; CLOUDABI-ABI.md
 * §14.2). Plain scalars are typed by trying bool, int, float, null and timestamp in that order; the
 * same parsers serve the explicit {@code !!bool}, {@code !!int}, {@code !!float} and {@code
 * !!timestamp} tags.
 *
 * <p>One deliberate extension: integers are not limited to 64 bits. The C front end gave up above
 * {@code UINT64_MAX} (where {@code strtod} then typed the text as a float); Argdata itself has no
 * limit, and our text form writes such integers plainly, so they stay integers here.
 */
public final class CScalars {
  private static final Set<String> TRUE =
      Set.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON");
  private static final Set<String> FALSE =
      Set.of("n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF");
  private static final Set<String> NULL = Set.of("~", "null", "Null", "NULL", "");

  private static final Pattern DECIMAL_INT = Pattern.compile("[+-]?[0-9]+");
  private static final Pattern OCTAL_INT = Pattern.compile("0o([0-7]+)");
  private static final Pattern HEX_INT = Pattern.compile("0x([0-9a-fA-F]+)");
  private static final Pattern DECIMAL_FLOAT =
      Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");
  private static final Pattern HEX_FLOAT =
      Pattern.compile(
          "([+-]?)0[xX]([0-9a-fA-F]+\\.?[0-9a-fA-F]*|\\.[0-9a-fA-F]+)([pP][+-]?[0-9]+)?");
  private static final Pattern INFINITY = Pattern.compile("([+-]?)(?i:inf|infinity)");
  private static final Pattern NAN = Pattern.compile("[+-]?(?i:nan)(\\([0-9A-Za-z_]*\\))?");
  private static final Pattern DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[Tt]|[ \\t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})"
              + "(?:\\.([0-9]*))?[ \\t]*(?:(Z)|([+-])([0-9]{1,2})(?::([0-9]{2}))?)?");

  private static final long QUIET_NAN = 0x7ff8000000000000L;
  private static final long NEGATIVE_QUIET_NAN = 0xfff8000000000000L;
  private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);

  private CScalars() {}

  /** {@code y}, {@code yes}, {@code true}, {@code on} and their negations, in three casings. */
  public static Optional<Boolean> parseBool(String text) {
    if (TRUE.contains(text)) {
      return Optional.of(Boolean.TRUE);
    }
    if (FALSE.contains(text)) {
      return Optional.of(Boolean.FALSE);
    }
    return Optional.empty();
  }

  /** Decimal with an optional sign, or {@code 0o} octal, or {@code 0x} hexadecimal. */
  public static Optional<BigInteger> parseInt(String text) {
    Matcher m;
    if ((m = OCTAL_INT.matcher(text)).matches()) {
      return Optional.of(new BigInteger(m.group(1), 8));
    }
    if ((m = HEX_INT.matcher(text)).matches()) {
      return Optional.of(new BigInteger(m.group(1), 16));
    }
    if (DECIMAL_INT.matcher(text).matches()) {
      return Optional.of(new BigInteger(text.startsWith("+") ? text.substring(1) : text));
    }
    return Optional.empty();
  }

  /** {@code .inf}, {@code -.inf}, {@code .nan}, or any text C's {@code strtod} consumes whole. */
  public static OptionalDouble parseFloat(String text) {
    switch (text) {
      case ".inf" -> {
        return OptionalDouble.of(Double.POSITIVE_INFINITY);
      }
      case "-.inf" -> {
        return OptionalDouble.of(Double.NEGATIVE_INFINITY);
      }
      case ".nan" -> {
        return OptionalDouble.of(Double.NaN);
      }
      default -> {}
    }
    if (DECIMAL_FLOAT.matcher(text).matches()) {
      return OptionalDouble.of(Double.parseDouble(text));
    }
    Matcher m;
    if ((m = HEX_FLOAT.matcher(text)).matches()) {
      String exponent = m.group(3) == null ? "p0" : m.group(3);
      return OptionalDouble.of(Double.parseDouble(m.group(1) + "0x" + m.group(2) + exponent));
    }
    if ((m = INFINITY.matcher(text)).matches()) {
      return OptionalDouble.of(
          m.group(1).equals("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    }
    if (NAN.matcher(text).matches()) {
      // strtod keeps the sign of "-nan" in the sign bit.
      return OptionalDouble.of(
          Double.longBitsToDouble(text.startsWith("-") ? NEGATIVE_QUIET_NAN : QUIET_NAN));
    }
    return OptionalDouble.empty();
  }

  /** {@code ~}, {@code null}, {@code Null}, {@code NULL} or the empty string. */
  public static boolean isNull(String text) {
    return NULL.contains(text);
  }

  /**
   * A YAML 1.1 timestamp as nanoseconds since 1970-01-01T00:00:00Z: {@code YYYY-MM-DD}, or a date
   * and time with an optional fraction and an optional zone ({@code Z} or {@code ±H[:MM]}); without
   * a zone the time is UTC. Out-of-range days and times roll over as C's {@code timegm} does.
   */
  public static Optional<BigInteger> parseTimestamp(String text) {
    Matcher m = DATE.matcher(text);
    if (m.matches()) {
      return Optional.of(nanos(epochDay(m.group(1), m.group(2), m.group(3)), 0, 0, 0, 0, 0));
    }
    m = DATE_TIME.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    long day = epochDay(m.group(1), m.group(2), m.group(3));
    int hour = Integer.parseInt(m.group(4));
    int minute = Integer.parseInt(m.group(5));
    int second = Integer.parseInt(m.group(6));
    long fraction = fractionNanos(m.group(7));
    long offsetSeconds = 0;
    if (m.group(9) != null) {
      int offsetHours = Integer.parseInt(m.group(10));
      int offsetMinutes = m.group(11) == null ? 0 : Integer.parseInt(m.group(11));
      offsetSeconds =
          (offsetHours * 3600L + offsetMinutes * 60L) * (m.group(9).equals("-") ? -1 : 1);
    }
    return Optional.of(nanos(day, hour, minute, second, fraction, offsetSeconds));
  }

  private static long epochDay(String year, String month, String day) {
    int y = Integer.parseInt(year);
    int mo = Integer.parseInt(month);
    int d = Integer.parseInt(day);
    // Normalise like timegm: months and days outside their range carry into the next unit.
    LocalDate first = LocalDate.of(y, 1, 1).plusMonths(mo - 1L);
    return first.toEpochDay() + d - 1L;
  }

  private static long fractionNanos(String digits) {
    if (digits == null || digits.isEmpty()) {
      return 0;
    }
    String nine = (digits + "000000000").substring(0, 9);
    return Long.parseLong(nine);
  }

  private static BigInteger nanos(
      long epochDay, int hour, int minute, int second, long fraction, long offsetSeconds) {
    long seconds = epochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
    return BigInteger.valueOf(seconds).multiply(NANOS_PER_SECOND).add(BigInteger.valueOf(fraction));
  }
}
