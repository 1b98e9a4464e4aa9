package dev.cloudabi.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.fd.InjectedFd;
import dev.cloudabi.emulator.host.HostOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the guest SDK's examples ({@code resources/examples/<name>/prebuilt/<arch>/<name>}) on all
 * four architectures and checks stdout and the exit status against each example's manifest ({@code
 * example.properties}: {@code exit.status} or {@code exit.signal}, and {@code
 * expected-stdout.txt}).
 */
class GuestExamplesTest {
  static final Path EXAMPLES = Path.of("..", "resources", "examples");

  static Stream<Arguments> runnableExamples() throws IOException {
    List<Arguments> result = new ArrayList<>();
    for (String name : ExampleRecipes.names()) {
      for (Arch arch : Arch.values()) {
        if (Files.isRegularFile(binary(name, arch))) {
          result.add(Arguments.of(name, arch));
        }
      }
    }
    return result.stream();
  }

  static Path binary(String name, Arch arch) {
    return EXAMPLES.resolve(name).resolve("prebuilt").resolve(arch.displayName()).resolve(name);
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("runnableExamples")
  void exampleProducesExpectedOutputAndStatus(String name, Arch arch) throws IOException {
    Path dir = EXAMPLES.resolve(name);
    Properties manifest = new Properties();
    try (InputStream in = Files.newInputStream(dir.resolve("example.properties"))) {
      manifest.load(in);
    }
    ExampleRecipes.Recipe recipe = ExampleRecipes.recipe(name).orElseThrow();
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    EmulatorConfig.Builder builder =
        EmulatorConfig.builder(binary(name, arch))
            .argdata(dev.cloudabi.argdata.Argdata.encode(recipe.argdata()))
            .limits(
                Limits.defaults()
                    .withWallClock(
                        Duration.ofSeconds(
                            Long.parseLong(manifest.getProperty("timeout.seconds", "30")))))
            .deterministic(1);
    for (ExampleRecipes.Slot slot : recipe.descriptors()) {
      builder.descriptor(
          switch (slot) {
            case STDOUT -> InjectedFd.terminal(new HostOutputStream(stdout, false));
            case SINK ->
                InjectedFd.terminal(
                    new HostOutputStream(java.io.OutputStream.nullOutputStream(), false));
            case STDIN -> InjectedFd.terminal(stdin(dir, manifest));
          });
    }

    ExitStatus status = Emulator.create(builder.build()).run();

    String expectedFile = manifest.getProperty("test.stdout", "expected-stdout.txt");
    String expected = Files.readString(dir.resolve(expectedFile), StandardCharsets.UTF_8);
    assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    String exitCode = manifest.getProperty("exit.status");
    String signal = manifest.getProperty("exit.signal");
    if (exitCode != null) {
      assertThat(status).isEqualTo(new ExitStatus.Exited(Long.parseLong(exitCode)));
    } else {
      assertThat(signalOf(status)).as(status.describe()).isEqualTo(signal);
    }
  }

  /** The {@code fd.N=stdin:<file>} input of an example. */
  private static dev.cloudabi.emulator.fd.StreamObject stdin(Path dir, Properties manifest)
      throws IOException {
    for (String key : manifest.stringPropertyNames()) {
      String value = manifest.getProperty(key);
      if (key.startsWith("fd.") && value.startsWith("stdin:")) {
        return new dev.cloudabi.emulator.host.HostInputStream(
            Files.newInputStream(dir.resolve(value.substring("stdin:".length()))), true);
      }
    }
    throw new IllegalStateException("the manifest names no stdin file");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("waitingExamples")
  void examplesWaitingForLaterIssues(String name, String reason) {
    Assumptions.abort(name + " waits: " + reason);
  }

  static Stream<Arguments> waitingExamples() {
    return ExampleRecipes.WAITING.entrySet().stream()
        .filter(e -> Files.isDirectory(EXAMPLES.resolve(e.getKey())))
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  /** The signal that ended the process, from proc_raise or a fault. */
  static String signalOf(ExitStatus status) {
    return switch (status) {
      case ExitStatus.Signaled s -> s.signal().name();
      case ExitStatus.Crashed c -> c.report().signal().name();
      default -> status.describe();
    };
  }

  @Test
  void everyExampleIsWiredOrListedAsWaiting() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(EXAMPLES), "no examples checked out");
    List<String> unwired = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(EXAMPLES)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        String name = dir.getFileName().toString();
        boolean issue6 =
            List.of("hello", "config_echo", "exit_code", "abort", "null_write").contains(name);
        if (issue6
            && Files.isDirectory(dir.resolve("prebuilt"))
            && !ExampleRecipes.names().contains(name)) {
          unwired.add(name);
        }
      }
    }
    assertThat(unwired).as("examples neither wired nor listed as waiting").isEmpty();
  }
}
