package dev.cloudabi.argdata;

/**
 * Encoded Argdata that breaks the format, exceeds a limit, or is not what a typed getter asked for.
 * The offset counts bytes from the start of the buffer or segment the reader was given.
 */
public final class ArgdataFormatException extends Exception {
  private final Violation violation;
  private final long offset;

  public ArgdataFormatException(Violation violation, long offset, String detail) {
    super(detail + " at byte " + offset);
    this.violation = violation;
    this.offset = offset;
  }

  public Violation violation() {
    return violation;
  }

  public long offset() {
    return offset;
  }
}
