package dev.cloudabi.emulator.loader;

/** The executable or the launch data cannot be loaded; the message says what and where. */
public final class LoadException extends Exception {
  public LoadException(String message) {
    super(message);
  }
}
