package dev.cloudabi.app.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The typed settings of the Workbench over a {@link SettingsStore}. */
public final class WorkbenchSettings {
  private static final String THEME = "theme";
  private static final String WINDOW = "window.bounds";
  private static final String RECENT = "recent.files";
  private static final String DIVIDERS = "layout.dividers";

  private final SettingsStore store;

  public WorkbenchSettings(SettingsStore store) {
    this.store = store;
  }

  public Theme theme() {
    return store
        .get(THEME)
        .flatMap(
            name -> {
              try {
                return Optional.of(Theme.valueOf(name));
              } catch (IllegalArgumentException e) {
                return Optional.empty();
              }
            })
        .orElse(Theme.LIGHT);
  }

  public void setTheme(Theme theme) {
    store.put(THEME, theme.name());
  }

  public WindowBounds windowBounds() {
    return store.get(WINDOW).flatMap(WindowBounds::decode).orElse(WindowBounds.DEFAULT);
  }

  public void setWindowBounds(WindowBounds bounds) {
    store.put(WINDOW, bounds.encode());
  }

  public List<Path> recentFiles() {
    List<Path> out = new ArrayList<>();
    for (String line : store.get(RECENT).orElse("").split("\n")) {
      if (!line.isBlank()) {
        out.add(Path.of(line));
      }
    }
    return out;
  }

  public void setRecentFiles(List<Path> files) {
    store.put(RECENT, String.join("\n", files.stream().map(Path::toString).toList()));
  }

  /** Divider positions of the main split panes, outermost first. */
  public List<Double> dividers() {
    List<Double> out = new ArrayList<>();
    for (String part : store.get(DIVIDERS).orElse("").split(",")) {
      try {
        double value = Double.parseDouble(part);
        if (value > 0 && value < 1) {
          out.add(value);
        }
      } catch (NumberFormatException e) {
        return List.of();
      }
    }
    return out;
  }

  public void setDividers(List<Double> positions) {
    store.put(DIVIDERS, String.join(",", positions.stream().map(String::valueOf).toList()));
  }

  public void save() {
    store.save();
  }
}
