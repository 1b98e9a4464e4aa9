package dev.cloudabi.runner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a command's input: a file, or standard input for {@code -}. */
final class Inputs {
  private Inputs() {}

  static byte[] readAll(String name, InputStream stdin) throws CliException {
    try {
      return name.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(name));
    } catch (NoSuchFileException e) {
      throw new CliException(name + ": no such file");
    } catch (IOException e) {
      throw new CliException(name + ": " + e.getMessage());
    }
  }

  /** The name errors are reported under: {@code stdin} for {@code -}. */
  static String displayName(String name) {
    return name.equals("-") ? "stdin" : name;
  }
}
