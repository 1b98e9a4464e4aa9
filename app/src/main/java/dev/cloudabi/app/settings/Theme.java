package dev.cloudabi.app.settings;

/** The two looks of the Workbench (AtlantaFX Primer). */
public enum Theme {
  LIGHT("Light"),
  DARK("Dark");

  private final String label;

  Theme(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public Theme other() {
    return this == LIGHT ? DARK : LIGHT;
  }
}
