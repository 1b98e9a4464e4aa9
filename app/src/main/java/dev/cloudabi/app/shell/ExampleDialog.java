package dev.cloudabi.app.shell;

import dev.cloudabi.app.examples.Example;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Window;

/** "Open example…": the prebuilt examples of every architecture; a double click opens one. */
public final class ExampleDialog {
  private static final ButtonType OPEN = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
  public static final String LIST_ID = "examples-list";

  private ExampleDialog() {}

  public static Optional<Example> choose(Window owner, List<Example> examples) {
    Dialog<Example> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Open example");
    dialog.setHeaderText("Example CloudABI programs, prebuilt for four architectures");
    ListView<Example> list = new ListView<>(FXCollections.observableArrayList(examples));
    list.setId(LIST_ID);
    list.setPrefSize(560, 360);
    list.setPlaceholder(new Label("No examples found (resources/examples)"));
    list.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(Example e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.label() + " — " + e.description());
              }
            });
    if (!examples.isEmpty()) {
      list.getSelectionModel().select(0);
    }
    dialog.getDialogPane().setContent(list);
    dialog.getDialogPane().getButtonTypes().setAll(OPEN, ButtonType.CANCEL);
    dialog
        .getDialogPane()
        .lookupButton(OPEN)
        .disableProperty()
        .bind(list.getSelectionModel().selectedItemProperty().isNull());
    list.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
            dialog.setResult(list.getSelectionModel().getSelectedItem());
            dialog.close();
          }
        });
    dialog.setResultConverter(b -> b == OPEN ? list.getSelectionModel().getSelectedItem() : null);
    return dialog.showAndWait();
  }
}
