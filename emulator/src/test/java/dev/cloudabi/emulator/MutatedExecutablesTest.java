package dev.cloudabi.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.emulator.cpu.Arch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Seeded corruption of real executables (headers, program headers, code): every run must end with
 * an exit status — no exception, no hang.
 */
class MutatedExecutablesTest {
  private static final int MUTANTS = 12;

  @ParameterizedTest
  @EnumSource(Arch.class)
  void corruptedHelloAlwaysEndsWithAStatus(Arch arch) throws IOException {
    Path hello =
        Path.of("..", "resources", "examples", "hello", "prebuilt", arch.displayName(), "hello");
    Assumptions.assumeTrue(Files.isRegularFile(hello), "the SDK's hello is not built");
    byte[] original = Files.readAllBytes(hello);
    SplittableRandom random = new SplittableRandom(arch.ordinal() * 1000L + 17);
    for (int mutant = 0; mutant < MUTANTS; mutant++) {
      byte[] bytes = original.clone();
      int flips = 1 + random.nextInt(8);
      for (int i = 0; i < flips; i++) {
        // Mostly the headers (first 256 bytes), sometimes anywhere.
        int at = random.nextInt(4) == 0 ? random.nextInt(bytes.length) : random.nextInt(256);
        bytes[at] = (byte) random.nextInt(256);
      }
      ExitStatus status =
          Emulator.create(
                  EmulatorConfig.builder(bytes)
                      .limits(Limits.defaults().withWallClock(Duration.ofSeconds(2)))
                      .deterministic(mutant)
                      .build())
              .run();
      assertThat(status).as("mutant %d of %s", mutant, arch).isNotNull();
      assertThat(status.describe()).isNotBlank();
    }
  }
}
