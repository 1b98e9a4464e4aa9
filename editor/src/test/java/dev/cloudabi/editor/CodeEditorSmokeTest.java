package dev.cloudabi.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

class CodeEditorSmokeTest extends ApplicationTest {
  private CodeEditor editor;

  @Override
  public void start(Stage stage) {
    editor = new CodeEditor(Language.YAML);
    stage.setScene(new Scene(editor, 600, 400));
    stage.show();
  }

  @Test
  void highlightsLoadedText() throws Exception {
    interact(() -> editor.loadText("key: !fd stdout\n"));
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> editor.area().getStyleOfChar(6).contains("yaml-tag"));
    assertThat(editor.area().getStyleOfChar(1)).contains("yaml-key");
  }
}
