package dev.cloudabi.app.examples;

import dev.cloudabi.resources.Examples;
import dev.cloudabi.resources.GuestArch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The prebuilt example programs of the {@code resources} module ({@link Examples}), one entry per
 * example and architecture. In a checkout the binaries are opened where they are; when the examples
 * come from the class path only, a binary is copied to a temporary folder when opened.
 */
public final class ExampleCatalog {
  private final List<Example> examples;

  private ExampleCatalog(List<Example> examples) {
    this.examples = List.copyOf(examples);
  }

  /**
   * The examples of the checkout ({@link Examples#checkoutDirectory()}), else of the class path.
   */
  public static ExampleCatalog locate() {
    Optional<Path> dir = Examples.checkoutDirectory();
    try {
      return of(dir.isPresent() ? Examples.fromDirectory(dir.get()) : Examples.fromClassPath());
    } catch (RuntimeException e) {
      return new ExampleCatalog(List.of());
    }
  }

  static ExampleCatalog of(Examples catalog) {
    List<Example> out = new ArrayList<>();
    for (dev.cloudabi.resources.Example example : catalog.list()) {
      for (GuestArch arch : GuestArch.values()) {
        Optional<Path> onDisk = example.binaryPath(arch);
        if (onDisk.isPresent() && !Files.isRegularFile(onDisk.get())) {
          continue;
        }
        out.add(
            new Example(
                example.name(),
                arch.dirName(),
                example.manifest().description(),
                () -> onDisk.orElseGet(() -> extract(example, arch))));
      }
    }
    return new ExampleCatalog(out);
  }

  /** Every prebuilt example, by name and then in the order x86_64, aarch64, i686, armv6. */
  public List<Example> examples() {
    return examples;
  }

  private static Path extract(dev.cloudabi.resources.Example example, GuestArch arch) {
    try {
      Path dir = Files.createTempDirectory("cloudabi-example-");
      Path file = dir.resolve(example.name() + "-" + arch.dirName());
      Files.write(file, example.binary(arch));
      file.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot copy the example " + example.name() + " to a temporary file", e);
    }
  }
}
