package dev.cloudabi.emulator.natives;

/** A native library could not be found or is of an unusable version. */
public final class NativeLibraryException extends RuntimeException {
  public NativeLibraryException(String message) {
    super(message);
  }
}
