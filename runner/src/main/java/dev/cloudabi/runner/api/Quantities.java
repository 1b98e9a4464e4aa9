package dev.cloudabi.runner.api;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the durations and sizes users type on the command line and in the app. */
public final class Quantities {
  private static final Pattern DURATION =
      Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*(ms|s|m|h)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern SIZE =
      Pattern.compile("([0-9]+)\\s*([kmgt]i?b?|b)?", Pattern.CASE_INSENSITIVE);

  private Quantities() {}

  /** {@code 500ms}, {@code 10s}, {@code 1.5m}, {@code 2h}; a bare number is seconds. */
  public static Duration parseDuration(String text) {
    Matcher m = DURATION.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "Invalid duration '" + text + "' (examples: 500ms, 10s, 1.5m, 2h)");
    }
    double amount = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
    double millis =
        switch (unit) {
          case "ms" -> amount;
          case "s" -> amount * 1_000;
          case "m" -> amount * 60_000;
          default -> amount * 3_600_000;
        };
    return Duration.ofNanos(Math.round(millis * 1_000_000));
  }

  /** {@code 4096}, {@code 64K}, {@code 256M}, {@code 1G}, {@code 2GiB}: powers of 1024. */
  public static long parseSize(String text) {
    Matcher m = SIZE.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("Invalid size '" + text + "' (examples: 64K, 256M, 1G)");
    }
    long amount = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "b" : m.group(2).substring(0, 1).toLowerCase(Locale.ROOT);
    int shift =
        switch (unit) {
          case "k" -> 10;
          case "m" -> 20;
          case "g" -> 30;
          case "t" -> 40;
          default -> 0;
        };
    if (amount > (Long.MAX_VALUE >> shift)) {
      throw new IllegalArgumentException("Size '" + text + "' is too large");
    }
    return amount << shift;
  }
}
