package dev.cloudabi.designer.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.designer.hints.KeyHints;
import dev.cloudabi.designer.tree.NodePath;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnalysisTest {
  private static final String GOOD =
      "%TAG ! tag:nuxi.nl,2015:cloudabi/\n---\na: 1\nb: !fd stdout\n";

  private static Analysis analyse(
      String text, Optional<dev.cloudabi.designer.tree.ConfigTree> previous) {
    return Analysis.of("c.yaml", text, previous, KeyHints.NONE, Path.of("."));
  }

  @Test
  void malformedYamlKeepsTheLastGoodTreeAndMarksTheErrorsPlace() {
    Analysis good = analyse(GOOD, Optional.empty());
    Analysis broken = analyse(GOOD + "c: [1, 2\n", good.tree());
    assertThat(broken.stale()).isTrue();
    assertThat(broken.tree()).containsSame(good.tree().orElseThrow());
    assertThat(broken.preview()).isEmpty();
    Diagnostic error = broken.error().orElseThrow();
    assertThat(error.severity()).isEqualTo(Diagnostic.Severity.ERROR);
    assertThat(error.line()).isEqualTo(6);
    assertThat(error.message()).startsWith("Parse error");
  }

  @Test
  void aConfigTheLauncherRefusesStillUpdatesTheTree() {
    Analysis a = analyse(GOOD + "s: !socket {bind: nowhere}\n", Optional.empty());
    assertThat(a.stale()).isFalse();
    assertThat(a.tree().orElseThrow().find(NodePath.of(2))).isPresent();
    assertThat(a.error().orElseThrow().message()).contains("does not contain a port number");
    assertThat(a.error().orElseThrow().line()).isEqualTo(5);
    assertThat(a.error().orElseThrow().column()).isEqualTo(19);
  }

  @Test
  void aValidConfigHasAPreviewAndNoErrors() {
    Analysis a = analyse(GOOD, Optional.empty());
    assertThat(a.error()).isEmpty();
    assertThat(a.preview().orElseThrow().descriptors()).hasSize(1);
  }

  @Test
  void grantsUnderKeysTheProgramNeverNamesAreWarnedAbout() {
    KeyHints hints = new KeyHints("webserver", List.of("http_socket", "html_message"));
    Analysis a = Analysis.of("c.yaml", GOOD, Optional.empty(), hints, Path.of("."));
    assertThat(a.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
              assertThat(d.line()).isEqualTo(4);
              assertThat(d.message()).contains("never names 'b'");
            });
  }
}
