package dev.cloudabi.app.examples;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * One prebuilt example program for one architecture.
 *
 * @param binary where its binary is (on disk, or copied out of the class path on first use)
 */
public record Example(String name, String arch, String description, Supplier<Path> binary) {
  public String label() {
    return name + " (" + arch + ")";
  }
}
