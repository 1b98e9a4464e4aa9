package dev.cloudabi.resources;

/** An example folder or manifest is malformed; the message names the file and the key. */
public final class ExampleFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ExampleFormatException(String message) {
    super(message);
  }

  public ExampleFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
