package dev.cloudabi.app.examples;

import java.nio.file.Path;

/** One prebuilt example program for one architecture. */
public record Example(String name, String arch, String description, Path binary) {
  public String label() {
    return name + " (" + arch + ")";
  }
}
