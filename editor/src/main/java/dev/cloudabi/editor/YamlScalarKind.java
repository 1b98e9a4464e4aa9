package dev.cloudabi.editor;

/**
 * Recognises what a plain YAML scalar will become under the C {@code cloudabi-run} typing
 * (CLOUDABI-ABI.md §14.2): bool and null constants, integers and floats, timestamps, or a string.
 * Hand-written recognisers rather than regular expressions: linear, and no backtracking on hostile
 * input.
 */
enum YamlScalarKind {
  CONSTANT,
  NUMBER,
  TIMESTAMP,
  STRING;

  static YamlScalarKind of(CharSequence s) {
    if (isConstant(s.toString())) {
      return CONSTANT;
    }
    if (isInteger(s) || isFloat(s)) {
      return NUMBER;
    }
    if (isTimestamp(s)) {
      return TIMESTAMP;
    }
    return STRING;
  }

  private static boolean isConstant(String s) {
    return switch (s) {
      case "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON" -> true;
      case "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF" -> true;
      case "~", "null", "Null", "NULL" -> true;
      default -> false;
    };
  }

  private static boolean isInteger(CharSequence s) {
    Cursor c = new Cursor(s);
    if (c.skip("0o")) {
      return c.digits(8) > 0 && c.atEnd();
    }
    if (c.skip("0x")) {
      return c.digits(16) > 0 && c.atEnd();
    }
    c.sign();
    return c.digits(10) > 0 && c.atEnd();
  }

  /** {@code .inf}, {@code -.inf}, {@code .nan}, or a whole C {@code strtod} literal. */
  private static boolean isFloat(CharSequence s) {
    String text = s.toString();
    if (text.equals(".inf") || text.equals("-.inf") || text.equals(".nan")) {
      return true;
    }
    Cursor c = new Cursor(s);
    c.sign();
    if (c.skipIgnoreCase("infinity") || c.skipIgnoreCase("inf")) {
      return c.atEnd();
    }
    if (c.skipIgnoreCase("nan")) {
      if (c.skip("(")) {
        while (!c.atEnd() && (Character.isLetterOrDigit(c.peek()) || c.peek() == '_')) {
          c.advance();
        }
        return c.skip(")") && c.atEnd();
      }
      return c.atEnd();
    }
    boolean hex = c.skip("0x") || c.skip("0X");
    int radix = hex ? 16 : 10;
    int mantissa = c.digits(radix);
    if (c.skip(".")) {
      mantissa += c.digits(radix);
    }
    if (mantissa == 0 && !hex) {
      return false;
    }
    char exponent = hex ? 'p' : 'e';
    if (!c.atEnd() && Character.toLowerCase(c.peek()) == exponent) {
      c.advance();
      c.sign();
      if (c.digits(10) == 0) {
        return false;
      }
    }
    return c.atEnd();
  }

  /** {@code YYYY-MM-DD}, or a date, {@code T} or blanks, {@code H:MM:SS[.f][ ][Z|±H[:MM]]}. */
  private static boolean isTimestamp(CharSequence s) {
    Cursor c = new Cursor(s);
    if (c.digits(10) != 4 || !c.skip("-")) {
      return false;
    }
    int month = c.digits(10);
    if (month < 1 || month > 2 || !c.skip("-")) {
      return false;
    }
    int day = c.digits(10);
    if (day < 1 || day > 2) {
      return false;
    }
    if (c.atEnd()) {
      return s.length() == 10;
    }
    if (!c.skip("T") && !c.skip("t") && c.blanks() == 0) {
      return false;
    }
    int hour = c.digits(10);
    if (hour < 1 || hour > 2 || !c.skip(":") || c.digits(10) != 2) {
      return false;
    }
    if (!c.skip(":") || c.digits(10) != 2) {
      return false;
    }
    if (c.skip(".")) {
      c.digits(10);
    }
    c.blanks();
    if (c.skip("Z")) {
      return c.atEnd();
    }
    if (c.sign()) {
      int zoneHour = c.digits(10);
      if (zoneHour < 1 || zoneHour > 2) {
        return false;
      }
      if (c.skip(":") && c.digits(10) != 2) {
        return false;
      }
    }
    return c.atEnd();
  }

  /** A read position in a scalar. */
  private static final class Cursor {
    private final CharSequence s;
    private int i;

    Cursor(CharSequence s) {
      this.s = s;
    }

    boolean atEnd() {
      return i >= s.length();
    }

    char peek() {
      return s.charAt(i);
    }

    void advance() {
      i++;
    }

    boolean skip(String literal) {
      if (i + literal.length() > s.length()) {
        return false;
      }
      for (int k = 0; k < literal.length(); k++) {
        if (s.charAt(i + k) != literal.charAt(k)) {
          return false;
        }
      }
      i += literal.length();
      return true;
    }

    boolean skipIgnoreCase(String literal) {
      if (i + literal.length() > s.length()) {
        return false;
      }
      for (int k = 0; k < literal.length(); k++) {
        if (Character.toLowerCase(s.charAt(i + k)) != literal.charAt(k)) {
          return false;
        }
      }
      i += literal.length();
      return true;
    }

    boolean sign() {
      return skip("+") || skip("-");
    }

    int digits(int radix) {
      int start = i;
      while (i < s.length() && Character.digit(s.charAt(i), radix) >= 0 && s.charAt(i) < 128) {
        i++;
      }
      return i - start;
    }

    int blanks() {
      int start = i;
      while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
        i++;
      }
      return i - start;
    }
  }
}
