package dev.cloudabi.designer.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.designer.hints.KeyHints;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The analysis runs in the background after typing pauses; it must stay well under the time a user
 * notices. Bounds are generous (the build machine is shared); what they catch is quadratic work,
 * which took 0.5–2.5 s here before.
 */
class AnalysisSpeedTest {
  private static long bestMillis(int runs, Supplier<Analysis> analysis) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      assertThat(analysis.get().preview()).isPresent();
      best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
    }
    return best;
  }

  private static Analysis analyse(String text) {
    return Analysis.of("large.yaml", text, Optional.empty(), KeyHints.NONE, Path.of("."));
  }

  @Test
  void aConfigOf3000EntriesIsAnalysedInAFractionOfASecond() {
    String text = LargeConfig.of(3000);
    assertThat(text.length()).isGreaterThan(90_000);
    assertThat(bestMillis(6, () -> analyse(text))).isLessThan(300);
  }

  @Test
  void fourTimesTheEntriesTakeNotMuchMoreThanFourTimesAsLong() {
    String small = LargeConfig.of(3000);
    String large = LargeConfig.of(12000);
    bestMillis(3, () -> analyse(large)); // warm-up
    long smallMillis = bestMillis(5, () -> analyse(small));
    long largeMillis = bestMillis(5, () -> analyse(large));
    assertThat(largeMillis).isLessThan(Math.max(10, smallMillis) * 8);
  }
}
