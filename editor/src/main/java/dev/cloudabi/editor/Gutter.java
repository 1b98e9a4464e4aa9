package dev.cloudabi.editor;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The paragraph graphic of each line: a diagnostic marker column and the right-aligned line number.
 * One instance describes one set of diagnostics; the editor installs a new one when they change, so
 * RichTextFX recreates the visible graphics.
 */
final class Gutter implements IntFunction<Node> {
  static final String STYLE_CLASS = "gutter";
  static final String MARKER = "diagnostic-marker";

  private final Map<Integer, List<EditorDiagnostic>> diagnosticsByLine;
  private final int digits;

  Gutter(List<MarkedRange> ranges, int lineCount) {
    this.diagnosticsByLine =
        ranges.stream()
            .collect(
                Collectors.groupingBy(
                    MarkedRange::line,
                    Collectors.mapping(MarkedRange::diagnostic, Collectors.toList())));
    this.digits = digitsFor(lineCount);
  }

  static int digitsFor(int lineCount) {
    return Math.max(2, Integer.toString(lineCount).length());
  }

  int digits() {
    return digits;
  }

  @Override
  public Node apply(int line) {
    Label number = new Label(padded(line + 1));
    number.getStyleClass().add("lineno");
    Label marker = new Label();
    marker.getStyleClass().add(MARKER);
    List<EditorDiagnostic> here = diagnosticsByLine.get(line);
    if (here != null) {
      EditorDiagnostic.Severity worst =
          here.stream()
              .map(EditorDiagnostic::severity)
              .min(Comparator.naturalOrder())
              .orElseThrow();
      marker.getStyleClass().add(MARKER + "-" + worst.name().toLowerCase(java.util.Locale.ROOT));
      marker.setTooltip(new Tooltip(describe(here)));
    }
    HBox box = new HBox(marker, number);
    box.getStyleClass().add(STYLE_CLASS);
    return box;
  }

  /** The diagnostics in text order, one per line, as tooltips show them. */
  static String describe(List<EditorDiagnostic> diagnostics) {
    return diagnostics.stream()
        .sorted(
            Comparator.comparingInt(EditorDiagnostic::line)
                .thenComparingInt(EditorDiagnostic::column))
        .map(EditorDiagnostic::describe)
        .collect(Collectors.joining(System.lineSeparator()));
  }

  private String padded(int lineNumber) {
    String text = Integer.toString(lineNumber);
    return " ".repeat(Math.max(0, digits - text.length())) + text;
  }
}
