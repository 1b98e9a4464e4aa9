package dev.cloudabi.editor;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Tooltip;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;

/** Shows the messages of the diagnostics under the mouse in a tooltip over the text. */
final class DiagnosticHover {
  private final Tooltip popup = new Tooltip();

  private DiagnosticHover() {
    popup.getStyleClass().add("diagnostic-tooltip");
  }

  static Tooltip install(CodeArea area, Supplier<List<MarkedRange>> ranges) {
    DiagnosticHover hover = new DiagnosticHover();
    area.setMouseOverTextDelay(Duration.ofMillis(300));
    area.addEventHandler(
        MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN,
        e -> {
          String text = messagesAt(ranges.get(), e.getCharacterIndex());
          if (!text.isEmpty()) {
            hover.popup.setText(text);
            hover.popup.show(area, e.getScreenPosition().getX(), e.getScreenPosition().getY() + 16);
          }
        });
    area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.popup.hide());
    return hover.popup;
  }

  /** The described diagnostics covering an offset, one per line; empty if there are none. */
  static String messagesAt(List<MarkedRange> ranges, int offset) {
    return Gutter.describe(
        ranges.stream().filter(r -> r.covers(offset)).map(MarkedRange::diagnostic).toList());
  }
}
