package dev.cloudabi.argdata;

import java.util.Objects;

/**
 * A string. It must be valid Unicode (no unpaired surrogate, so it has a UTF-8 form) and must not
 * contain U+0000, because the wire form is NUL-terminated and programs read it as a C string.
 */
public record StrValue(String value) implements ArgdataValue {
  public StrValue {
    Objects.requireNonNull(value, "value");
    int bad = Utf8.firstInvalidChar(value);
    if (bad >= 0) {
      throw new IllegalArgumentException(
          String.format(
              "string cannot be Argdata: char U+%04X at index %d is %s",
              (int) value.charAt(bad),
              bad,
              value.charAt(bad) == 0 ? "NUL" : "an unpaired surrogate"));
    }
  }

  @Override
  public ArgdataType type() {
    return ArgdataType.STR;
  }
}
