package dev.cloudabi.runner.cli;

/** A failure a command reports as one line on standard error. */
final class CliException extends Exception {
  CliException(String message) {
    super(message);
  }
}
