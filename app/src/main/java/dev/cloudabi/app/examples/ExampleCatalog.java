package dev.cloudabi.app.examples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The example programs of {@code resources/examples/<name>/prebuilt/<arch>/<name>} (layout of
 * {@code resources/examples/README.md}). The resources module has no Java catalog yet, so this
 * reads the folder: from the system property {@code workbench.examples.dir}, else the first {@code
 * resources/examples} found above the working directory or above the app's class files.
 */
public final class ExampleCatalog {
  private static final List<String> ARCHES = List.of("x86_64", "aarch64", "i686", "armv6");

  private final Optional<Path> root;

  public ExampleCatalog(Optional<Path> root) {
    this.root = root;
  }

  /** The catalog of the default location. */
  public static ExampleCatalog locate() {
    String override = System.getProperty("workbench.examples.dir");
    if (override != null && !override.isBlank()) {
      return new ExampleCatalog(Optional.of(Path.of(override)));
    }
    Optional<Path> found = findAbove(Path.of(System.getProperty("user.dir")));
    if (found.isEmpty()) {
      try {
        var source = ExampleCatalog.class.getProtectionDomain().getCodeSource();
        if (source != null) {
          found = findAbove(Path.of(source.getLocation().toURI()));
        }
      } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
        found = Optional.empty();
      }
    }
    return new ExampleCatalog(found);
  }

  private static Optional<Path> findAbove(Path start) {
    for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("resources").resolve("examples");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  public Optional<Path> root() {
    return root;
  }

  /** Every prebuilt example, by name and then in the order x86_64, aarch64, i686, armv6. */
  public List<Example> examples() {
    if (root.isEmpty() || !Files.isDirectory(root.get())) {
      return List.of();
    }
    List<Example> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(root.get())) {
      for (Path dir : dirs.sorted().toList()) {
        String name = dir.getFileName().toString();
        String description = description(dir.resolve("example.properties"));
        for (String arch : ARCHES) {
          Path binary = dir.resolve("prebuilt").resolve(arch).resolve(name);
          if (Files.isRegularFile(binary)) {
            out.add(new Example(name, arch, description, binary));
          }
        }
      }
    } catch (IOException e) {
      return List.copyOf(out);
    }
    out.sort(Comparator.comparing(Example::name).thenComparing(e -> ARCHES.indexOf(e.arch())));
    return List.copyOf(out);
  }

  private static String description(Path manifest) {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(manifest)) {
      p.load(in);
    } catch (IOException | IllegalArgumentException e) {
      return "";
    }
    return p.getProperty("description", "");
  }
}
