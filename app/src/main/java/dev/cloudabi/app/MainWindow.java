package dev.cloudabi.app;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The main window: workspace on the left, tabs in the centre, run panels below, a status bar. */
final class MainWindow {
  private final Stage stage;

  MainWindow(Stage stage) {
    this.stage = stage;
  }

  void show() {
    BorderPane root = new BorderPane();
    root.setBottom(new Label("Ready"));
    stage.setTitle(WorkbenchApp.TITLE);
    stage.setScene(new Scene(root, 1200, 800));
    stage.show();
  }
}
