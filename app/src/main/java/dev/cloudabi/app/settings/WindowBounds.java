package dev.cloudabi.app.settings;

import java.util.Optional;

/** Where the main window was and how big, as the user left it. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
  public static final WindowBounds DEFAULT =
      new WindowBounds(Double.NaN, Double.NaN, 1280, 820, false);

  public String encode() {
    return x + "," + y + "," + width + "," + height + "," + maximized;
  }

  public static Optional<WindowBounds> decode(String text) {
    String[] parts = text.split(",");
    if (parts.length != 5) {
      return Optional.empty();
    }
    try {
      double w = Double.parseDouble(parts[2]);
      double h = Double.parseDouble(parts[3]);
      if (!(w >= 200 && h >= 150)) {
        return Optional.empty();
      }
      return Optional.of(
          new WindowBounds(
              Double.parseDouble(parts[0]),
              Double.parseDouble(parts[1]),
              w,
              h,
              Boolean.parseBoolean(parts[4])));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
