package dev.cloudabi.editor;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * A manual demo: a YAML and a C editor side by side, with a few diagnostics. Arguments: {@code
 * dark} for the dark theme; {@code --screenshot=FILE.png} to save a picture after start-up and
 * exit.
 */
public final class EditorDemo {
  private static final String YAML =
      """
      %TAG ! tag:nuxi.nl,2015:cloudabi/
      ---
      # The web server of the 2017 FreeBSD Journal article.
      http_socket: !socket
        type: stream
        bind: 0.0.0.0:8080
      html_message: "<marquee>Hello, world!</marquee>"
      limits: {connections: 64, timeout: 2.5, verbose: yes, log: ~}
      paths:
        - !file
          path: /usr/local/share/www
        - !fd stdout
      banner: |
        Served by CloudABI # not a comment
      bogus: !fdd 3
      """;

  private static final String C =
      """
      // Hello, world: the program receives a descriptor for standard output.
      #include <argdata.h>
      #include <program.h>
      #include <stdio.h>

      /* Writes a greeting to the descriptor it was handed. */
      void program_main(const argdata_t *ad) {
          int fd = -1;
          size_t count = 0x10UL;
          if (argdata_get_fd(ad, &fd) != 0) {
              exit(1);
          }
          dprintf(fd, "Hello, %s!\\n", "world");
          putchar('\\n');
          exit(0);
      }
      """;

  /**
   * The demo application; {@link EditorDemo#main} launches it (a main class that is an Application
   * would need JavaFX on the module path).
   */
  public static final class App extends Application {
    @Override
    public void start(Stage stage) {
      show(stage, getParameters().getRaw());
    }
  }

  private static void show(Stage stage, List<String> args) {
    boolean dark = args.contains("dark");
    Application.setUserAgentStylesheet(
        dark
            ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());

    CodeEditor yaml = new CodeEditor(Language.YAML);
    yaml.loadText(YAML);
    yaml.setDiagnostics(
        List.of(
            EditorDiagnostic.at(
                15, 8, EditorDiagnostic.Severity.ERROR, "unknown tag !fdd (did you mean !fd?)"),
            EditorDiagnostic.at(
                8, 1, EditorDiagnostic.Severity.WARNING, "the program never reads 'limits'")));
    CodeEditor c = new CodeEditor(Language.C);
    c.loadText(C);
    c.setDiagnostics(
        List.of(
            new EditorDiagnostic(
                9, 12, 9, 17, EditorDiagnostic.Severity.INFO, "'count' is never used")));
    yaml.moveTo(5, 3);
    yaml.showReplace();

    stage.setTitle("CloudABI Workbench: code editor demo");
    stage.setScene(new Scene(new SplitPane(yaml, c), 1200, 560));
    stage.show();

    args.stream()
        .filter(a -> a.startsWith("--screenshot="))
        .findFirst()
        .ifPresent(
            a -> saveLater(stage.getScene(), new File(a.substring("--screenshot=".length()))));
  }

  private static void saveLater(Scene scene, File file) {
    PauseTransition settle = new PauseTransition(Duration.seconds(2));
    settle.setOnFinished(
        e -> {
          try {
            ImageIO.write(toBuffered(scene.snapshot(null)), "png", file);
          } catch (IOException ex) {
            ex.printStackTrace();
          }
          Platform.exit();
        });
    settle.play();
  }

  private static BufferedImage toBuffered(WritableImage image) {
    int width = (int) image.getWidth();
    int height = (int) image.getHeight();
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    PixelReader pixels = image.getPixelReader();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        out.setRGB(x, y, pixels.getArgb(x, y));
      }
    }
    return out;
  }

  public static void main(String[] args) {
    Application.launch(App.class, args);
  }
}
