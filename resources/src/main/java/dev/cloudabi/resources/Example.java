package dev.cloudabi.resources;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/** One example program: its manifest, source, configurations, expected output and binaries. */
public final class Example {
  private final String name;
  private final ExampleManifest manifest;
  private final ExampleFiles files;

  private Example(String name, ExampleManifest manifest, ExampleFiles files) {
    this.name = name;
    this.manifest = manifest;
    this.files = files;
  }

  static Example load(String name, ExampleFiles files, String where) {
    if (!name.matches("[a-z0-9_]+")) {
      throw new ExampleFormatException(where + ": example name must match [a-z0-9_]+: " + name);
    }
    Properties properties = new Properties();
    try {
      properties.load(new ByteArrayInputStream(files.read("example.properties")));
    } catch (IOException | IllegalArgumentException e) {
      throw new ExampleFormatException(where + "/example.properties: " + e.getMessage(), e);
    }
    return new Example(
        name, ExampleManifest.parse(name, properties, where + "/example.properties"), files);
  }

  public String name() {
    return name;
  }

  public ExampleManifest manifest() {
    return manifest;
  }

  /** The C source file name, {@code <name>.c}. */
  public String sourceFileName() {
    return name + ".c";
  }

  public String source() {
    return text(sourceFileName());
  }

  /** The configuration ({@code cloudabi-run} YAML) to run. */
  public String config() {
    return text(manifest.config());
  }

  /** The configuration for automated tests. */
  public String testConfig() {
    return text(manifest.testConfig());
  }

  /** Expected standard output of {@link #config()}. */
  public byte[] expectedStdout() {
    return files.read("expected-stdout.txt");
  }

  /** Expected standard output of {@link #testConfig()}. */
  public byte[] testExpectedStdout() {
    return files.read(manifest.testStdout());
  }

  /** Class path or repository-relative path of a binary: {@code prebuilt/<arch>/<name>}. */
  public String binaryFileName(GuestArch arch) {
    return "prebuilt/" + arch.dirName() + "/" + name;
  }

  /** The prebuilt executable for an architecture. */
  public byte[] binary(GuestArch arch) {
    return files.read(binaryFileName(arch));
  }

  /** Any file of the example folder, e.g. a stdin file named by an {@code fd.<n>} entry. */
  public byte[] read(String relative) {
    return files.read(relative);
  }

  /** A text file of the example folder, decoded as UTF-8. */
  public String text(String relative) {
    return new String(files.read(relative), StandardCharsets.UTF_8);
  }

  /** The example's folder when the catalog reads from disk (a checkout). */
  public Optional<Path> directory() {
    return files.directory();
  }

  /** The binary on disk, when the catalog reads from disk. */
  public Optional<Path> binaryPath(GuestArch arch) {
    return files.directory().map(d -> d.resolve(binaryFileName(arch)));
  }

  @Override
  public String toString() {
    return name;
  }

  static UncheckedIOException unchecked(String where, IOException e) {
    return new UncheckedIOException(where + ": " + e.getMessage(), e);
  }
}
