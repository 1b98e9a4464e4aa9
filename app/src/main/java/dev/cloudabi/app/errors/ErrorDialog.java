package dev.cloudabi.app.errors;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Shows an {@link ErrorReport}: what and where at once, the details to read and copy. */
public final class ErrorDialog {
  public static final String DETAILS_ID = "error-details";
  private static final ButtonType COPY = new ButtonType("Copy details", ButtonBar.ButtonData.LEFT);

  private ErrorDialog() {}

  /** Opens the dialog without blocking the caller. */
  public static Alert show(Window owner, ErrorReport report) {
    Alert alert = new Alert(Alert.AlertType.ERROR);
    alert.initOwner(owner);
    alert.setTitle(report.title());
    alert.setHeaderText(report.title());
    Label what = new Label(report.what());
    what.setWrapText(true);
    Label where = new Label("Where: " + report.where());
    where.setWrapText(true);
    TextArea details = new TextArea(report.details());
    details.setId(DETAILS_ID);
    details.setEditable(false);
    details.setPrefRowCount(12);
    details.setPrefColumnCount(80);
    alert.getDialogPane().setContent(new VBox(8, what, where));
    alert.getDialogPane().setExpandableContent(details);
    alert.getButtonTypes().setAll(COPY, ButtonType.CLOSE);
    alert
        .getDialogPane()
        .lookupButton(COPY)
        .addEventFilter(
            javafx.event.ActionEvent.ACTION,
            e -> {
              ClipboardContent content = new ClipboardContent();
              content.putString(report.details());
              Clipboard.getSystemClipboard().setContent(content);
              e.consume();
            });
    alert.show();
    return alert;
  }
}
