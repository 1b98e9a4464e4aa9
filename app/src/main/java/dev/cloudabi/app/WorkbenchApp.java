package dev.cloudabi.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: builds the main window and shows it. */
public final class WorkbenchApp extends Application {
  public static final String TITLE = "CloudABI Workbench";

  @Override
  public void start(Stage stage) {
    new MainWindow(stage).show();
  }
}
