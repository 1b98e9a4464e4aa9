package dev.cloudabi.emulator.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.argdata.Argdata;
import dev.cloudabi.emulator.Emulator;
import dev.cloudabi.emulator.EmulatorConfig;
import dev.cloudabi.emulator.ExitStatus;
import dev.cloudabi.emulator.Limits;
import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.fd.InjectedFd;
import dev.cloudabi.emulator.host.HostOutputStream;
import dev.cloudabi.emulator.trace.TraceEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guest SDK's {@code files} and {@code escape} examples on all four architectures, against a
 * host directory and an in-memory one, with exact expected output; nothing outside the granted
 * directory may change.
 */
class FileExamplesTest {
  static final Path EXAMPLES = Path.of("..", "resources", "examples");

  static Stream<Arguments> runs() {
    return Stream.of("files", "escape")
        .flatMap(
            name ->
                Stream.of(Arch.values())
                    .filter(arch -> Files.isRegularFile(binary(name, arch)))
                    .flatMap(
                        arch ->
                            Stream.of(
                                Arguments.of(name, arch, true), Arguments.of(name, arch, false))));
  }

  @org.junit.jupiter.api.Test
  void theExamplesArePresentForEveryArchitecture() {
    assertThat(runs().count()).isEqualTo(2 * Arch.values().length * 2);
  }

  static Path binary(String name, Arch arch) {
    return EXAMPLES.resolve(name).resolve("prebuilt").resolve(arch.displayName()).resolve(name);
  }

  @ParameterizedTest(name = "{0} on {1}, host backend {2}")
  @MethodSource("runs")
  void exampleMatchesExpectedOutput(String name, Arch arch, boolean host, @TempDir Path temp)
      throws IOException {
    Sentinels sentinels = host ? Sentinels.host(temp) : Sentinels.memory();
    Map<String, String> before = sentinels.outside();
    List<TraceEvent> events = new CopyOnWriteArrayList<>();
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    EmulatorConfig config =
        EmulatorConfig.builder(binary(name, arch))
            .argdata(
                Argdata.encode(
                    Argdata.map().put("stdout", Argdata.fd(0)).put("dir", Argdata.fd(1)).build()))
            .descriptor(InjectedFd.terminal(new HostOutputStream(stdout, false)))
            .descriptor(InjectedFd.withMaxRights(sentinels.granted()))
            .limits(Limits.defaults().withWallClock(Duration.ofSeconds(60)))
            .deterministic(1)
            .subscribe(events::add)
            .build();

    ExitStatus status = Emulator.create(config).run();

    String expected =
        Files.readString(
            EXAMPLES.resolve(name).resolve("expected-stdout.txt"), StandardCharsets.UTF_8);
    assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(status).isEqualTo(new ExitStatus.Exited(0));
    assertThat(sentinels.outside()).isEqualTo(before);
    if (name.equals("escape")) {
      assertThat(
              events.stream()
                  .filter(
                      e -> e instanceof TraceEvent.Syscall s && s.errnoName().equals("ENOTCAPABLE"))
                  .map(e -> ((TraceEvent.Syscall) e).explanation()))
          .isNotEmpty()
          .allSatisfy(text -> assertThat(text).containsPattern("descriptor \\d+"));
    }
  }
}
