package dev.cloudabi.app.shell;

import dev.cloudabi.app.tasks.BackgroundTasks;
import dev.cloudabi.app.ui.Css;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The status line, and the progress and cancel button of the running background task. */
public final class StatusBar extends HBox {
  public static final String MESSAGE_ID = "status-message";
  public static final String PROGRESS_ID = "status-progress";
  public static final String CANCEL_ID = "status-cancel";

  public StatusBar(ReadOnlyStringProperty status, BackgroundTasks tasks) {
    getStyleClass().add(Css.STATUS_BAR);
    Label message = new Label();
    message.setId(MESSAGE_ID);
    ProgressBar progress = new ProgressBar();
    progress.setId(PROGRESS_ID);
    progress.setPrefWidth(180);
    Button cancel = new Button("Cancel", new FontIcon(Feather.X_CIRCLE));
    cancel.setId(CANCEL_ID);
    cancel.setOnAction(e -> tasks.cancelAll());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    getChildren().addAll(message, spacer, progress, cancel);

    progress.visibleProperty().bind(tasks.current().isNotNull());
    progress.managedProperty().bind(progress.visibleProperty());
    cancel.visibleProperty().bind(progress.visibleProperty());
    cancel.managedProperty().bind(progress.visibleProperty());
    tasks
        .current()
        .addListener(
            (o, old, task) -> {
              progress.progressProperty().unbind();
              message.textProperty().unbind();
              if (task != null) {
                progress.progressProperty().bind(task.progressProperty());
                message.textProperty().bind(task.messageProperty());
              } else {
                message.textProperty().bind(status);
              }
            });
    message.textProperty().bind(status);
  }
}
