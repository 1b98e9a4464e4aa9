package dev.cloudabi.argdata;

/** A bool: payload empty for false, the byte 0x01 for true. */
public record BoolValue(boolean value) implements ArgdataValue {
  public static final BoolValue TRUE = new BoolValue(true);
  public static final BoolValue FALSE = new BoolValue(false);

  public static BoolValue of(boolean value) {
    return value ? TRUE : FALSE;
  }

  @Override
  public ArgdataType type() {
    return ArgdataType.BOOL;
  }
}
