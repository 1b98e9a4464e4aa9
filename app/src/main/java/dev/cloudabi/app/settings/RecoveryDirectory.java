package dev.cloudabi.app.settings;

import java.nio.file.Path;

/** Where unsaved configurations are journaled until they are saved or discarded. */
public final class RecoveryDirectory {
  private RecoveryDirectory() {}

  /**
   * {@code $XDG_DATA_HOME/cloudabi-workbench/recovery} (or {@code ~/.local/share/...}); the system
   * property {@code workbench.data.dir} replaces the data directory (the UI tests use one under
   * {@code target}).
   */
  public static Path defaultDir() {
    String override = System.getProperty("workbench.data.dir");
    if (override != null && !override.isBlank()) {
      return Path.of(override, "recovery");
    }
    String xdg = System.getenv("XDG_DATA_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".local", "share");
    return base.resolve("cloudabi-workbench").resolve("recovery");
  }
}
