package dev.cloudabi.app.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.cloudabi.app.settings.Theme;
import javafx.application.Application;

/** Applies a {@link Theme} to the whole application (AtlantaFX user-agent stylesheet). */
public final class Themes {
  private Themes() {}

  public static void apply(Theme theme) {
    Application.setUserAgentStylesheet(
        theme == Theme.DARK
            ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());
  }
}
