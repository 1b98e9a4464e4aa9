package dev.cloudabi.editor;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** A shown editor of one language, with helpers to drive it from a test thread. */
abstract class EditorFxTest extends ApplicationTest {
  CodeEditor editor;

  abstract Language language();

  @Override
  public void start(Stage stage) {
    editor = new CodeEditor(language());
    stage.setScene(new Scene(editor, 900, 500));
    stage.show();
  }

  /** Loads a text, focuses the editor and puts the caret at {@code caret}. */
  void load(String text, int caret) {
    interact(
        () -> {
          editor.loadText(text);
          editor.requestFocus();
          editor.area().moveTo(caret);
        });
  }

  void select(int start, int end) {
    interact(() -> editor.selectRange(start, end));
  }

  static void waitUntil(BooleanSupplier condition) {
    try {
      WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::getAsBoolean);
    } catch (TimeoutException e) {
      throw new AssertionError("condition not met within 5 s", e);
    }
  }
}
