package dev.cloudabi.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.app.WorkbenchApp;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    new WorkbenchApp().start(stage);
  }

  @Test
  void mainWindowShowsTheWorkbenchTitle(FxRobot robot) {
    assertThat(stage.isShowing()).isTrue();
    assertThat(stage.getTitle()).isEqualTo("CloudABI Workbench");
  }
}
