package dev.cloudabi.argdata;

/** The null value, encoded as the empty byte range. */
public record NullValue() implements ArgdataValue {
  public static final NullValue INSTANCE = new NullValue();

  @Override
  public ArgdataType type() {
    return ArgdataType.NULL;
  }
}
