package dev.cloudabi.argdata;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The one-line text of each scalar in the YAML text form (the rules are in argdata/README.md). */
final class YamlScalars {
  private YamlScalars() {}

  /**
   * Plain strings start with a letter or '/' and use only letters, digits and {@code _ . / -} and
   * inner spaces: then neither YAML 1.1 nor cloudabi-run's typing (CLOUDABI-ABI.md §14.2) can read
   * them as a number, timestamp or indicator. A leading '_' is excluded because SnakeYAML's float
   * pattern accepts it.
   */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z/][A-Za-z0-9_./ -]*");

  /** Words typed as bool or null by YAML 1.1 or §14.2 (which adds y/Y/n/N). */
  private static final Set<String> RESERVED =
      Set.of(
          "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE",
          "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL");

  /** Words C strtod reads as a float, in any case. */
  private static final Set<String> STRTOD_WORDS = Set.of("inf", "infinity", "nan");

  static final long CANONICAL_NAN = 0x7FF8000000000000L;

  private static final Instant FIRST_ISO = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LAST_ISO = Instant.parse("9999-12-31T23:59:59.999999999Z");

  static String str(String s) {
    if (PLAIN.matcher(s).matches()
        && !s.endsWith(" ")
        && !RESERVED.contains(s)
        && !STRTOD_WORDS.contains(s.toLowerCase(Locale.ROOT))) {
      return s;
    }
    return doubleQuoted(s);
  }

  static String doubleQuoted(String s) {
    var sb = new StringBuilder(s.length() + 2).append('"');
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                  if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
                    sb.append(String.format("\\x%02X", c));
                  } else if (c == 0x2028
                      || c == 0x2029
                      || c == 0xFEFF
                      || c >= 0xFFFE && c <= 0xFFFF) {
                    sb.append(String.format("\\u%04X", c)); // line breaks, BOM, non-characters
                  } else {
                    sb.appendCodePoint(c);
                  }
                }
              }
            });
    return sb.append('"').toString();
  }

  static String floating(long bits) {
    double d = Double.longBitsToDouble(bits);
    if (Double.isNaN(d)) {
      return bits == CANONICAL_NAN ? ".nan" : String.format("!!float 0x%016X", bits);
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? ".inf" : "-.inf";
    }
    return Double.toString(d); // shortest digits that read back to the same double (JDK 19+)
  }

  static String binary(byte[] bytes) {
    return bytes.length == 0
        ? "!!binary \"\""
        : "!!binary " + Base64.getEncoder().encodeToString(bytes);
  }

  static String timestamp(BigInteger nanos) {
    Instant t = isoRange(nanos);
    if (t == null) {
      return "!!timestamp " + nanos; // outside years 1..9999: the raw nanosecond count
    }
    LocalDateTime utc = LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
    var sb =
        new StringBuilder("!!timestamp ")
            .append(
                String.format(
                    "%04d-%02d-%02dT%02d:%02d:%02d",
                    utc.getYear(),
                    utc.getMonthValue(),
                    utc.getDayOfMonth(),
                    utc.getHour(),
                    utc.getMinute(),
                    utc.getSecond()));
    if (t.getNano() != 0) {
      String fraction = String.format("%09d", t.getNano()).replaceFirst("0+$", "");
      sb.append('.').append(fraction);
    }
    return sb.append('Z').toString();
  }

  private static Instant isoRange(BigInteger nanos) {
    if (nanos.bitLength() >= Long.SIZE + 8) {
      return null;
    }
    Instant t = new TimestampValue(nanos).toInstant();
    return t.isBefore(FIRST_ISO) || t.isAfter(LAST_ISO) ? null : t;
  }
}
