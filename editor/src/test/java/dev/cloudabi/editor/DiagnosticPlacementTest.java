package dev.cloudabi.editor;

import static dev.cloudabi.editor.EditorDiagnostic.Severity.ERROR;
import static dev.cloudabi.editor.EditorDiagnostic.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class DiagnosticPlacementTest {
  private static final String TEXT = "stdout: !fd stdout\nbogus: !fdd 3\n\nlast";

  private static MarkedRange place(EditorDiagnostic d) {
    return DiagnosticPlacement.place(TEXT, List.of(d)).getFirst();
  }

  private static String marked(MarkedRange r) {
    return TEXT.substring(r.start(), r.end());
  }

  @Test
  void anExplicitRangeMarksExactlyItsCharacters() {
    MarkedRange r = place(new EditorDiagnostic(2, 8, 2, 13, ERROR, "unknown tag"));
    assertThat(marked(r)).isEqualTo("!fdd ");
    assertThat(r.line()).isEqualTo(1);
  }

  @Test
  void anEmptyRangeMarksTheTokenAtItsStart() {
    assertThat(marked(place(EditorDiagnostic.at(2, 8, ERROR, "x")))).isEqualTo("!fdd");
    assertThat(marked(place(EditorDiagnostic.at(1, 1, ERROR, "x")))).isEqualTo("stdout");
  }

  @Test
  void anEmptyRangeOnABlankMarksTheRestOfTheLine() {
    assertThat(marked(place(EditorDiagnostic.at(2, 7, ERROR, "x")))).isEqualTo(" !fdd 3");
  }

  @Test
  void anEmptyRangeAtTheEndOfALineMarksItsLastCharacter() {
    assertThat(marked(place(EditorDiagnostic.at(2, 99, ERROR, "x")))).isEqualTo("3");
  }

  @Test
  void positionsPastTheTextAreClampedToItsEnd() {
    MarkedRange r = place(EditorDiagnostic.at(40, 1, ERROR, "x"));
    assertThat(r.line()).isEqualTo(3);
    assertThat(marked(r)).isEqualTo("last");
  }

  @Test
  void anEmptyLineGetsAnEmptyRangeOnThatLine() {
    MarkedRange r = place(EditorDiagnostic.at(3, 1, WARNING, "x"));
    assertThat(r.start()).isEqualTo(r.end());
    assertThat(r.line()).isEqualTo(2);
    assertThat(r.covers(r.start())).isTrue();
  }

  @Test
  void underlinesCarryTheClassesOfEveryOverlappingDiagnostic() {
    List<MarkedRange> ranges =
        DiagnosticPlacement.place(
            TEXT,
            List.of(
                new EditorDiagnostic(1, 1, 1, 7, ERROR, "a"),
                new EditorDiagnostic(1, 4, 1, 12, WARNING, "b")));
    StyleSpans<Collection<String>> spans = DiagnosticPlacement.underlines(TEXT.length(), ranges);
    assertThat(spans.length()).isEqualTo(TEXT.length());
    assertThat(spans.getStyleSpan(0).getStyle()).containsExactly("diagnostic-error");
    assertThat(spans.getStyleSpan(0).getLength()).isEqualTo(3);
    assertThat(spans.getStyleSpan(1).getStyle())
        .containsExactly("diagnostic-error", "diagnostic-warning");
    assertThat(spans.getStyleSpan(2).getStyle()).containsExactly("diagnostic-warning");
    assertThat(spans.getStyleSpan(3).getStyle()).isEmpty();
  }

  @Test
  void aDiagnosticEndingBeforeItStartsIsRejectedWithItsPositions() {
    assertThatThrownBy(() -> new EditorDiagnostic(3, 5, 2, 1, ERROR, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2:1")
        .hasMessageContaining("3:5");
    assertThatThrownBy(() -> EditorDiagnostic.at(0, 1, ERROR, "x")).hasMessageContaining("1-based");
  }

  @Test
  void describeNamesSeverityPositionAndMessage() {
    assertThat(EditorDiagnostic.at(3, 7, WARNING, "unused key").describe())
        .isEqualTo("Warning 3:7: unused key");
  }
}
