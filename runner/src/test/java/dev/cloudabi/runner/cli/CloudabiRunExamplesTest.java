package dev.cloudabi.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cloudabi.emulator.abi.Signal;
import dev.cloudabi.resources.Example;
import dev.cloudabi.resources.Examples;
import dev.cloudabi.resources.FdRequirement;
import dev.cloudabi.resources.GuestArch;
import dev.cloudabi.runner.api.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of the guest SDK, on every architecture, through {@code cloudabi-run} in its own
 * process: stdout and exit status as the manifest says.
 */
class CloudabiRunExamplesTest {
  private static final Examples EXAMPLES =
      Examples.checkoutDirectory().map(Examples::fromDirectory).orElseGet(Examples::fromClassPath);

  /**
   * Examples that need a system call family the emulator does not have yet, with what they wait
   * for. Visible as skipped tests; an entry goes when its family lands.
   */
  private static final Map<String, String> WAITING = Map.of();

  static Stream<Arguments> examplesOnEveryArch() {
    return EXAMPLES.list().stream()
        .filter(e -> !e.manifest().runsForever())
        .flatMap(e -> Stream.of(GuestArch.values()).map(a -> Arguments.of(e.name(), a)));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("examplesOnEveryArch")
  void exampleRunsAsItsManifestSays(String name, GuestArch arch, @TempDir Path temp)
      throws Exception {
    Example example = EXAMPLES.get(name);
    assumeTrue(!WAITING.containsKey(name), () -> name + " waits for " + WAITING.get(name));
    assumeTrue(
        example.manifest().fds().values().stream()
            .noneMatch(fd -> fd.kind() == FdRequirement.Kind.LISTENING_SOCKET),
        "a listening socket is tested by WebServerTest");
    Path exe = temp.resolve(name);
    Files.write(exe, example.binary(arch));
    Path config = temp.resolve("config.yaml");
    Files.writeString(config, example.testConfig());

    // An example that reads launcher descriptor 0 gets its configuration through -f instead.
    boolean needsStdin = example.manifest().fds().containsKey(0);
    List<String> args =
        needsStdin
            ? List.of("-e", "-f", config.toString(), exe.toString())
            : List.of("-e", exe.toString());
    CliProcess.Result result =
        CliProcess.run(
            socketPrefix(example),
            CloudabiRunMain.class,
            args,
            needsStdin ? Path.of("/dev/null") : config,
            redirections(example, temp),
            example.manifest().timeoutSeconds() + 30);

    assertThat(result.status())
        .as("exit status; stderr:\n%s", result.stderr())
        .isEqualTo(expectedStatus(example));
    String expected = new String(example.testExpectedStdout(), StandardCharsets.UTF_8);
    switch (example.manifest().stdoutMatch()) {
      case EXACT ->
          assertThat(result.text()).as("stdout; stderr:\n%s", result.stderr()).isEqualTo(expected);
      case REGEX -> assertLinesMatch(result.text(), expected);
      case NONE -> {}
    }
  }

  private static int expectedStatus(Example example) {
    return example
        .manifest()
        .exitSignal()
        .map(s -> 128 + ExitCodes.posixNumber(Signal.valueOf(s)))
        .orElseGet(() -> example.manifest().exitStatus().orElseThrow());
  }

  /** Socket pairs come from the fd harness; each pair is declared on both of its descriptors. */
  private static List<String> socketPrefix(Example example) throws Exception {
    for (FdRequirement fd : example.manifest().fds().values()) {
      if (fd.kind() == FdRequirement.Kind.SOCKETPAIR && fd.fd() < fd.peer().orElseThrow()) {
        return FdHarness.socketPair(fd.fd(), fd.peer().orElseThrow());
      }
    }
    return List.of();
  }

  private static List<String> redirections(Example example, Path temp) throws IOException {
    List<String> redirections = new ArrayList<>();
    for (FdRequirement fd : example.manifest().fds().values()) {
      String target =
          switch (fd.kind()) {
            case STDIN -> {
              Path file = temp.resolve("stdin-" + fd.fd());
              Files.write(file, example.read(fd.argument()));
              yield fd.fd() + "< " + CliProcess.quote(file.toString());
            }
            case DIRECTORY -> {
              Path dir = Files.createDirectories(temp.resolve("dir-" + fd.fd()));
              yield fd.fd() + "< " + CliProcess.quote(dir.toString());
            }
            case SINK -> fd.fd() + "> /dev/null";
            case SOCKETPAIR, LISTENING_SOCKET -> null;
          };
      if (target != null) {
        redirections.add(target);
      }
    }
    redirections.sort(Comparator.naturalOrder());
    return redirections;
  }

  private static void assertLinesMatch(String actual, String patterns) {
    List<String> lines = actual.lines().toList();
    List<String> regexes = patterns.lines().toList();
    assertThat(lines).as("stdout:\n%s", actual).hasSameSizeAs(regexes);
    for (int i = 0; i < regexes.size(); i++) {
      assertThat(lines.get(i)).as("line %d", i + 1).matches(regexes.get(i));
    }
  }
}
