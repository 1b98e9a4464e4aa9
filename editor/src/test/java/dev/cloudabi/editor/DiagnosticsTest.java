package dev.cloudabi.editor;

import static dev.cloudabi.editor.EditorDiagnostic.Severity.ERROR;
import static dev.cloudabi.editor.EditorDiagnostic.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

class DiagnosticsTest extends EditorFxTest {
  private static final String TEXT = "stdout: !fd stdout\nbogus: !fdd 3\n";
  private static final int BAD_TAG = TEXT.indexOf("!fdd");

  @Override
  Language language() {
    return Language.YAML;
  }

  private void markBadTag() {
    interact(
        () ->
            editor.setDiagnostics(
                List.of(
                    EditorDiagnostic.at(2, 8, ERROR, "unknown tag !fdd"),
                    new EditorDiagnostic(2, 1, 2, 6, WARNING, "unused key"))));
  }

  @Test
  void theGutterMarkerCarriesTheWorstSeverityAndATooltipWithEveryMessage() {
    load(TEXT, 0);
    markBadTag();
    Label marker = lookup(".diagnostic-marker-error").queryAs(Label.class);
    assertThat(marker.getTooltip().getText())
        .isEqualTo(
            "Warning 2:1: unused key" + System.lineSeparator() + "Error 2:8: unknown tag !fdd");
    assertThat(lookup(".diagnostic-marker-error").queryAll()).hasSize(1);
  }

  @Test
  void theTextIsUnderlinedOnTopOfItsHighlighting() {
    load(TEXT, 0);
    markBadTag();
    waitUntil(() -> editor.area().getStyleOfChar(BAD_TAG + 1).contains("diagnostic-error"));
    assertThat(editor.area().getStyleOfChar(BAD_TAG + 1)).contains("yaml-tag", "diagnostic-error");
    assertThat(editor.area().getStyleOfChar(1)).doesNotContain("diagnostic-error");
  }

  @Test
  void hoveringTheMarkedTextShowsTheMessages() throws Exception {
    load(TEXT, 0);
    markBadTag();
    Bounds tag =
        WaitForAsyncUtils.asyncFx(
                () -> editor.area().getCharacterBoundsOnScreen(BAD_TAG, BAD_TAG + 2).orElseThrow())
            .get();
    moveTo(new Point2D(tag.getCenterX(), tag.getCenterY()));
    waitUntil(() -> editor.hoverTooltip().isShowing());
    assertThat(editor.hoverTooltip().getText()).isEqualTo("Error 2:8: unknown tag !fdd");
  }

  @Test
  void newDiagnosticsReplaceTheOldOnes() {
    load(TEXT, 0);
    markBadTag();
    interact(() -> editor.setDiagnostics(List.of()));
    assertThat(lookup(".diagnostic-marker-error").queryAll()).isEmpty();
    waitUntil(() -> !editor.area().getStyleOfChar(BAD_TAG + 1).contains("diagnostic-error"));
    assertThat(editor.diagnosticMessagesAt(BAD_TAG)).isEmpty();
  }
}
