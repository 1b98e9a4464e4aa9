package dev.cloudabi.app.shell;

import dev.cloudabi.app.binary.BinaryDocument;
import dev.cloudabi.app.ui.Css;
import dev.cloudabi.app.workspace.WorkspaceItem;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The workspace: the opened binaries and configurations; selecting one brings its tab to the front.
 */
public final class WorkspaceView extends VBox {
  public static final String LIST_ID = "workspace-list";

  public WorkspaceView(MainWindowViewModel model) {
    getStyleClass().add(Css.WORKSPACE);
    Label title = new Label("Workspace");
    title.getStyleClass().add(Css.PANE_TITLE);
    ListView<WorkspaceItem> list = new ListView<>(model.documents());
    list.setId(LIST_ID);
    list.setPlaceholder(
        new Label("Open a binary: File ▸ Open (Ctrl+O),\nan example, or drop a file here"));
    list.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(WorkspaceItem doc, boolean empty) {
                super.updateItem(doc, empty);
                if (empty || doc == null) {
                  setText(null);
                  setGraphic(null);
                  setTooltip(null);
                  setContextMenu(null);
                  return;
                }
                setText(doc.fileName());
                if (doc instanceof BinaryDocument binary) {
                  setGraphic(
                      new FontIcon(
                          binary.report().isRunnable() ? Feather.CPU : Feather.ALERT_TRIANGLE));
                  setTooltip(new Tooltip(doc.path() + "\n" + binary.verdict()));
                } else {
                  setGraphic(new FontIcon(Feather.SLIDERS));
                  setTooltip(new Tooltip(doc.path() + "\nlaunch configuration"));
                }
                MenuItem close = new MenuItem("Close");
                close.setOnAction(e -> model.close(doc));
                setContextMenu(new ContextMenu(close));
              }
            });
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, doc) -> {
              if (doc != null) {
                model.active().set(doc);
              }
            });
    model
        .active()
        .addListener(
            (o, a, doc) -> {
              if (doc != null && list.getSelectionModel().getSelectedItem() != doc) {
                list.getSelectionModel().select(doc);
              }
            });
    // A cell only redraws when its item changes identity; a renamed item is the same object.
    model
        .documents()
        .addListener(
            (ListChangeListener<WorkspaceItem>)
                change -> {
                  while (change.next()) {
                    if (change.wasUpdated()) {
                      list.refresh();
                    }
                  }
                });
    VBox.setVgrow(list, Priority.ALWAYS);
    getChildren().addAll(title, list);
  }
}
