package dev.cloudabi.app.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Key/value settings kept in one small properties file under the user's config directory. Writes go
 * to a temporary file first and then replace the old one, so a crash never leaves half a file.
 */
public final class SettingsStore {
  private final Path file;
  private final Properties values = new Properties();

  private SettingsStore(Path file) {
    this.file = file;
  }

  /** Reads {@code file} when it exists; a missing or unreadable file means empty settings. */
  public static SettingsStore open(Path file) {
    SettingsStore store = new SettingsStore(file);
    if (Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        store.values.load(in);
      } catch (IOException | IllegalArgumentException e) {
        store.values.clear();
      }
    }
    return store;
  }

  /**
   * The default location: {@code $XDG_CONFIG_HOME/cloudabi-workbench} (or {@code ~/.config/...}),
   * overridden by the system property {@code workbench.config.dir} (the UI tests use a temporary
   * directory).
   */
  public static Path defaultFile() {
    String override = System.getProperty("workbench.config.dir");
    if (override != null && !override.isBlank()) {
      return Path.of(override, "settings.properties");
    }
    String xdg = System.getenv("XDG_CONFIG_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".config");
    return base.resolve("cloudabi-workbench").resolve("settings.properties");
  }

  public Path file() {
    return file;
  }

  public synchronized Optional<String> get(String key) {
    return Optional.ofNullable(values.getProperty(key));
  }

  public synchronized void put(String key, String value) {
    values.setProperty(key, value);
  }

  public synchronized void remove(String key) {
    values.remove(key);
  }

  /** Writes the settings to disk. */
  public synchronized void save() {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        values.store(out, "CloudABI Workbench settings");
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the settings file " + file, e);
    }
  }
}
