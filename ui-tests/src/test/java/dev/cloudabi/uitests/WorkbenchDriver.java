package dev.cloudabi.uitests;

import static org.assertj.core.api.Assumptions.assumeThat;

import dev.cloudabi.app.WorkbenchApp;
import dev.cloudabi.app.binary.BinaryDocument;
import dev.cloudabi.app.shell.MainWindowViewModel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the Workbench for a test with fresh settings and drives it like a user. */
final class WorkbenchDriver {
  /** The app started last, so the next test can end it before clearing the recovery directory. */
  private static WorkbenchDriver last;

  private final WorkbenchApp app = new WorkbenchApp();
  private final Stage stage;

  private WorkbenchDriver(Stage stage) {
    this.stage = stage;
  }

  /**
   * Starts the app with empty settings (or with {@code settings} written first) and no unsaved
   * configurations left from other tests.
   */
  static WorkbenchDriver start(Stage stage, String settings) throws IOException {
    if (last != null) {
      last.app.stop(); // its pending recovery writes land before the directory is emptied
      last = null;
    }
    deleteRecursively(recoveryDir());
    return startKeepingDrafts(stage, settings);
  }

  /** The recovery journal's directory (under {@code workbench.data.dir}). */
  static Path recoveryDir() {
    return Path.of(System.getProperty("workbench.data.dir"), "recovery");
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Starts the app as after a crash: the recovery directory keeps what the last session left. */
  static WorkbenchDriver startKeepingDrafts(Stage stage, String settings) throws IOException {
    Path file = Path.of(System.getProperty("workbench.config.dir"), "settings.properties");
    Files.createDirectories(file.getParent());
    Files.deleteIfExists(file);
    if (!settings.isEmpty()) {
      Files.writeString(file, settings);
    }
    WorkbenchDriver driver = new WorkbenchDriver(stage);
    driver.app.start(stage);
    last = driver;
    return driver;
  }

  /** Starts a second session on {@code stage} (on the FX thread), keeping the drafts. */
  static WorkbenchDriver startOn(FxRobot robot, Stage stage) throws Exception {
    WorkbenchDriver[] driver = new WorkbenchDriver[1];
    Exception[] failure = new Exception[1];
    robot.interact(
        () -> {
          try {
            driver[0] = startKeepingDrafts(stage, "");
          } catch (IOException e) {
            failure[0] = e;
          }
        });
    if (failure[0] != null) {
      throw failure[0];
    }
    WaitForAsyncUtils.waitForFxEvents();
    return driver[0];
  }

  Stage stage() {
    return stage;
  }

  MainWindowViewModel model() {
    return app.model();
  }

  static Path example(String name, String arch) {
    Path path =
        Path.of("..", "resources", "examples", name, "prebuilt", arch, name)
            .toAbsolutePath()
            .normalize();
    assumeThat(Files.isRegularFile(path)).as("prebuilt example " + path).isTrue();
    return path;
  }

  /** Opens {@code path} through the view model and waits until its tab is there. */
  BinaryDocument open(FxRobot robot, Path path, int seconds) throws TimeoutException {
    robot.interact(() -> model().open(path));
    Path normal = path.toAbsolutePath().normalize();
    waitFor(seconds, () -> model().documents().stream().anyMatch(d -> d.path().equals(normal)));
    WaitForAsyncUtils.waitForFxEvents();
    return model().documents().stream()
        .filter(d -> d.path().equals(normal))
        .map(BinaryDocument.class::cast)
        .findFirst()
        .orElseThrow();
  }

  static void waitFor(int seconds, Callable<Boolean> condition) throws TimeoutException {
    WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
  }

  /** Brings an inspector panel of the active binary to the front, as a click on its tab would. */
  void showPanel(FxRobot robot, String id) {
    robot.clickOn((Node) visible(robot, "#panel-" + id));
    WaitForAsyncUtils.waitForFxEvents();
  }

  /**
   * The one node matching {@code query} that is showing, waiting up to ten seconds for it (a tab's
   * content becomes visible on a later pulse than the one that added the tab).
   */
  static <T extends Node> T visible(FxRobot robot, String query) {
    try {
      waitFor(10, () -> showing(robot, query).tryQuery().isPresent());
    } catch (TimeoutException e) {
      // The query below fails with the lookup's own description.
    }
    return showing(robot, query).query();
  }

  private static org.testfx.service.query.NodeQuery showing(FxRobot robot, String query) {
    return robot
        .lookup(query)
        .match(Node::isVisible)
        .match(n -> n.getScene() != null && isShowing(n));
  }

  private static boolean isShowing(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  /** Saves a PNG of the window's scene under {@code workbench.screenshots}. */
  void screenshot(FxRobot robot, String name) throws Exception {
    Path dir = Path.of(System.getProperty("workbench.screenshots", "target/screenshots"));
    Files.createDirectories(dir);
    WritableImage[] image = new WritableImage[1];
    robot.interact(
        () -> {
          Scene scene = stage.getScene();
          image[0] = scene.snapshot(null);
        });
    int w = (int) image[0].getWidth();
    int h = (int) image[0].getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    PixelReader pixels = image[0].getPixelReader();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out.setRGB(x, y, pixels.getArgb(x, y));
      }
    }
    ImageIO.write(out, "png", dir.resolve(name + ".png").toFile());
  }
}
