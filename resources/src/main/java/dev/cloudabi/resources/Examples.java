package dev.cloudabi.resources;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Catalog of the example CloudABI programs. Reads them from the class path (the {@code resources}
 * jar carries them under {@value #CLASS_PATH_PREFIX}) or from the {@code resources/examples} folder
 * of a checkout.
 */
public final class Examples {
  /** Class path folder of the examples. */
  public static final String CLASS_PATH_PREFIX = "dev/cloudabi/resources/examples/";

  /** The file listing the example names, one per line, in both locations. */
  public static final String INDEX = "index.txt";

  /** System property naming the on-disk examples folder explicitly. */
  public static final String DIR_PROPERTY = "cloudabi.examples.dir";

  private final List<Example> examples;

  private Examples(List<Example> examples) {
    this.examples = List.copyOf(examples);
  }

  /** The examples packaged on the class path of this class. */
  public static Examples fromClassPath() {
    ClassLoader loader = Examples.class.getClassLoader();
    String index;
    try (InputStream in = loader.getResourceAsStream(CLASS_PATH_PREFIX + INDEX)) {
      if (in == null) {
        throw new ExampleFormatException(
            "class path resource " + CLASS_PATH_PREFIX + INDEX + ": not found");
      }
      index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw Example.unchecked(CLASS_PATH_PREFIX + INDEX, e);
    }
    List<Example> list = new ArrayList<>();
    for (String name : parseIndex(index, CLASS_PATH_PREFIX + INDEX)) {
      String prefix = CLASS_PATH_PREFIX + name + "/";
      list.add(
          Example.load(name, new ExampleFiles.OnClassPath(loader, prefix), "class path " + prefix));
    }
    return new Examples(list);
  }

  /** The examples in a folder on disk: every subfolder that has an {@code example.properties}. */
  public static Examples fromDirectory(Path dir) {
    Path root = dir.toAbsolutePath().normalize();
    List<Example> list = new ArrayList<>();
    try (Stream<Path> children = Files.list(root)) {
      for (Path child : children.sorted().toList()) {
        if (Files.isRegularFile(child.resolve("example.properties"))) {
          String name = child.getFileName().toString();
          list.add(Example.load(name, new ExampleFiles.OnDisk(child), child.toString()));
        }
      }
    } catch (IOException e) {
      throw Example.unchecked(root.toString(), e);
    }
    return new Examples(list);
  }

  /**
   * The {@code resources/examples} folder of the checkout this code runs from: the folder named by
   * the system property {@value #DIR_PROPERTY}, else found next to this module's classes ({@code
   * resources/target/classes}), else by walking up from the working directory.
   */
  public static Optional<Path> checkoutDirectory() {
    String property = System.getProperty(DIR_PROPERTY);
    if (property != null) {
      Path dir = Path.of(property);
      return isExamplesDir(dir) ? Optional.of(dir.toAbsolutePath()) : Optional.empty();
    }
    CodeSource source = Examples.class.getProtectionDomain().getCodeSource();
    if (source != null) {
      try {
        Path classes = Path.of(source.getLocation().toURI());
        Path module = classes.getParent() == null ? null : classes.getParent().getParent();
        if (module != null && isExamplesDir(module.resolve("examples"))) {
          return Optional.of(module.resolve("examples"));
        }
      } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
        // Not a file location (e.g. a custom class loader): fall back to the working directory.
      }
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (isExamplesDir(p.resolve("resources/examples"))) {
        return Optional.of(p.resolve("resources/examples"));
      }
      if (isExamplesDir(p.resolve("examples")) && Files.isDirectory(p.resolve("guest-sdk"))) {
        return Optional.of(p.resolve("examples"));
      }
    }
    return Optional.empty();
  }

  private static boolean isExamplesDir(Path dir) {
    return Files.isRegularFile(dir.resolve(INDEX));
  }

  static List<String> parseIndex(String text, String where) {
    List<String> names = new ArrayList<>();
    int line = 0;
    for (String raw : text.split("\n", -1)) {
      ++line;
      String name = raw.strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      if (!name.matches("[a-z0-9_]+")) {
        throw new ExampleFormatException(where + ":" + line + ": not an example name: " + name);
      }
      names.add(name);
    }
    return names;
  }

  /** All examples, sorted by name. */
  public List<Example> list() {
    return examples;
  }

  /** The example names, sorted. */
  public List<String> names() {
    return examples.stream().map(Example::name).toList();
  }

  /** An example by name. */
  public Optional<Example> find(String name) {
    return examples.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  /**
   * An example by name.
   *
   * @throws IllegalArgumentException naming the known examples when there is none by that name
   */
  public Example get(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException("no example named '" + name + "'; known: " + names()));
  }
}
