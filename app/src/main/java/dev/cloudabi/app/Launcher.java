package dev.cloudabi.app;

import javafx.application.Application;

/**
 * Entry point of the Workbench. A plain class (not an {@link Application}) so the JVM can start it
 * from the class path without the JavaFX launcher's module check.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    Application.launch(WorkbenchApp.class, args);
  }
}
