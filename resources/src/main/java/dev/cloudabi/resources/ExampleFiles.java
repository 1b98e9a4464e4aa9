package dev.cloudabi.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Where the files of one example come from: a folder on disk or the class path. */
sealed interface ExampleFiles {

  /** Reads a file of the example; {@code relative} uses '/' separators. */
  byte[] read(String relative);

  /** The example's folder, when it is on disk. */
  Optional<Path> directory();

  /** Files in a folder on disk. */
  record OnDisk(Path dir) implements ExampleFiles {
    @Override
    public byte[] read(String relative) {
      Path file = dir.resolve(relative).normalize();
      if (!file.startsWith(dir)) {
        throw new IllegalArgumentException("path leaves the example folder: " + relative);
      }
      try {
        return Files.readAllBytes(file);
      } catch (NoSuchFileException e) {
        throw new ExampleFormatException(file + ": no such file", e);
      } catch (IOException e) {
        throw new UncheckedIOException(file + ": " + e.getMessage(), e);
      }
    }

    @Override
    public Optional<Path> directory() {
      return Optional.of(dir);
    }
  }

  /** Files under a class path prefix such as {@code dev/cloudabi/resources/examples/hello/}. */
  record OnClassPath(ClassLoader loader, String prefix) implements ExampleFiles {
    @Override
    public byte[] read(String relative) {
      if (relative.startsWith("/") || relative.contains("..")) {
        throw new IllegalArgumentException("path leaves the example folder: " + relative);
      }
      String name = prefix + relative;
      try (InputStream in = loader.getResourceAsStream(name)) {
        if (in == null) {
          throw new ExampleFormatException("class path resource " + name + ": not found");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("class path resource " + name + ": " + e.getMessage(), e);
      }
    }

    @Override
    public Optional<Path> directory() {
      return Optional.empty();
    }
  }
}
