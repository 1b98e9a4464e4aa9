package dev.cloudabi.emulator.capstone;

/** Capstone refused an operation; the message carries its {@code cs_strerror} text. */
public final class CapstoneException extends RuntimeException {
  public CapstoneException(String message) {
    super(message);
  }
}
