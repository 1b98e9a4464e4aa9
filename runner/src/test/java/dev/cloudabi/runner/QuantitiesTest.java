package dev.cloudabi.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudabi.runner.api.Quantities;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class QuantitiesTest {
  @Test
  void durationsTakeTheUsualUnitsAndDefaultToSeconds() {
    assertThat(Quantities.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(Quantities.parseDuration("10")).isEqualTo(Duration.ofSeconds(10));
    assertThat(Quantities.parseDuration("1.5m")).isEqualTo(Duration.ofSeconds(90));
    assertThat(Quantities.parseDuration("2h")).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void sizesArePowersOf1024() {
    assertThat(Quantities.parseSize("4096")).isEqualTo(4096);
    assertThat(Quantities.parseSize("64K")).isEqualTo(65536);
    assertThat(Quantities.parseSize("256M")).isEqualTo(256L << 20);
    assertThat(Quantities.parseSize("2GiB")).isEqualTo(2L << 30);
  }

  @Test
  void nonsenseIsRefusedWithExamples() {
    assertThatThrownBy(() -> Quantities.parseDuration("soon")).hasMessageContaining("10s");
    assertThatThrownBy(() -> Quantities.parseSize("lots")).hasMessageContaining("256M");
    assertThatThrownBy(() -> Quantities.parseSize("99999999999T"))
        .hasMessageContaining("too large");
  }
}
