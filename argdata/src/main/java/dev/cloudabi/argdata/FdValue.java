package dev.cloudabi.argdata;

/**
 * A descriptor number. The wire form is 32 bits unsigned, but numbers above {@code INT_MAX} are
 * invalid descriptors for a receiving program (cloudlibc), so the model admits 0..2^31-1 only.
 */
public record FdValue(int number) implements ArgdataValue {
  public FdValue {
    if (number < 0) {
      throw new IllegalArgumentException(
          "fd number must be 0.." + Integer.MAX_VALUE + ": " + number);
    }
  }

  @Override
  public ArgdataType type() {
    return ArgdataType.FD;
  }
}
