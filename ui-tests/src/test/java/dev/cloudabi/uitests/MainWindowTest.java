package dev.cloudabi.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.app.settings.Theme;
import dev.cloudabi.app.shell.StatusBar;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
  private WorkbenchDriver workbench;

  @Start
  void start(Stage stage) throws Exception {
    Path hello = WorkbenchDriver.example("hello", "x86_64");
    workbench = WorkbenchDriver.start(stage, "recent.files=" + hello + "\n");
  }

  @Test
  void mainWindowShowsTheWorkbenchTitleAndItsAreas(FxRobot robot) {
    assertThat(workbench.stage().isShowing()).isTrue();
    assertThat(workbench.stage().getTitle()).isEqualTo("CloudABI Workbench");
    assertThat(robot.lookup("#workspace-list").tryQuery()).isPresent();
    assertThat(robot.lookup("#document-tabs").tryQuery()).isPresent();
    assertThat(robot.lookup("#run-area").tryQuery()).isPresent();
    assertThat(robot.lookup("#" + StatusBar.MESSAGE_ID).queryAs(Label.class).getText())
        .isEqualTo("Ready");
  }

  @Test
  void theRecentFilesListOfTheLastSessionOpensAFile(FxRobot robot) throws Exception {
    robot.clickOn("File").clickOn("#menu-recent");
    MenuItem recent =
        robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
            .filter(i -> "menu-recent".equals(i.getId()))
            .findFirst()
            .orElseThrow();
    String first = ((javafx.scene.control.Menu) recent).getItems().get(0).getText();
    robot.clickOn(first);
    WorkbenchDriver.waitFor(60, () -> workbench.model().documents().size() == 1);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(workbench.stage().getTitle()).isEqualTo("hello — CloudABI Workbench");
    assertThat(robot.lookup("#workspace-list").queryAs(ListView.class).getItems()).hasSize(1);
  }

  @Test
  void openExampleListsThePrebuiltExamplesAndOpensTheChosenOne(FxRobot robot) throws Exception {
    robot.clickOn("#toolbar-open-example");
    ListView<?> list = robot.lookup("#examples-list").queryAs(ListView.class);
    assertThat(list.getItems()).hasSizeGreaterThanOrEqualTo(4);
    robot.doubleClickOn(
        robot.from(list).lookup(".list-cell").nth(0).queryAs(javafx.scene.Node.class));
    WorkbenchDriver.waitFor(60, () -> workbench.model().documents().size() == 1);
    assertThat(workbench.model().documents().get(0).path().toString()).contains("prebuilt");
  }

  @Test
  void aLaunchConfigurationOpensInTheWorkspaceBesideTheBinaries(FxRobot robot) throws Exception {
    Path yaml =
        WorkbenchDriver.example("hello", "x86_64")
            .getParent()
            .getParent()
            .getParent()
            .resolve("hello.yaml");
    workbench.open(robot, WorkbenchDriver.example("hello", "x86_64"), 60);
    robot.interact(() -> workbench.model().open(yaml));
    WorkbenchDriver.waitFor(60, () -> workbench.model().documents().size() == 2);
    WaitForAsyncUtils.waitForFxEvents();
    dev.cloudabi.designer.view.DesignerView designer = WorkbenchDriver.visible(robot, "#designer");
    assertThat(designer.editor().getText()).isEqualTo(Files.readString(yaml));
    assertThat(robot.lookup("#workspace-list").queryAs(ListView.class).getItems()).hasSize(2);
  }

  @Test
  void loadingCanBeCancelledFromTheStatusBar(FxRobot robot) throws Exception {
    Path big = Path.of("/usr/lib/x86_64-linux-gnu/libLLVM-14.so.1");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isRegularFile(big), "libLLVM-14 is installed");
    robot.interact(() -> workbench.model().open(big));
    robot.clickOn("#" + StatusBar.CANCEL_ID);
    WorkbenchDriver.waitFor(30, () -> workbench.model().tasks().running().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(workbench.model().documents()).isEmpty();
    assertThat(robot.lookup("#" + StatusBar.MESSAGE_ID).queryAs(Label.class).getText())
        .isEqualTo("Cancelled opening libLLVM-14.so.1");
  }

  @Test
  void quittingRemembersTheWindowSizeAndLayout(FxRobot robot) throws Exception {
    robot.interact(
        () -> {
          workbench.stage().setWidth(1100);
          workbench.stage().setHeight(700);
        });
    robot.clickOn("File").clickOn("Quit");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(workbench.stage().isShowing()).isFalse();
    String settings =
        Files.readString(
            Path.of(System.getProperty("workbench.config.dir"), "settings.properties"));
    assertThat(settings).contains("window.bounds=").contains(",1100.0,700.0,false");
    assertThat(settings).containsPattern("layout.dividers=0\\.\\d+,0\\.\\d+");
  }

  @Test
  void theThemeTogglesAndIsRemembered(FxRobot robot) throws Exception {
    robot.clickOn("#toolbar-theme");
    assertThat(workbench.model().theme().get()).isEqualTo(Theme.DARK);
    Path settings = Path.of(System.getProperty("workbench.config.dir"), "settings.properties");
    assertThat(Files.readString(settings)).contains("theme=DARK");
    robot.clickOn("#toolbar-theme");
    assertThat(workbench.model().theme().get()).isEqualTo(Theme.LIGHT);
  }
}
