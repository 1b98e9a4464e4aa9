package dev.cloudabi.editor;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class UndoRedoTest extends EditorFxTest {
  @Override
  Language language() {
    return Language.YAML;
  }

  @Test
  void typingMergesIntoOneEditThatTheShortcutsUndoAndRedo() {
    load("", 0);
    write("abc");
    push(KeyCode.CONTROL, KeyCode.Z);
    assertThat(editor.getText()).isEmpty();
    push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
    assertThat(editor.getText()).isEqualTo("abc");
    push(KeyCode.CONTROL, KeyCode.Z);
    push(KeyCode.CONTROL, KeyCode.Y);
    assertThat(editor.getText()).isEqualTo("abc");
  }

  @Test
  void aProgrammaticReplaceIsItsOwnUndoStepEvenRightAfterTyping() {
    load("key", 3);
    write("s");
    // Adjacent to the typed text: without care it would merge into the typing's undo step.
    interact(() -> editor.replaceText(4, 4, ": 1"));
    assertThat(editor.getText()).isEqualTo("keys: 1");

    interact(() -> assertThat(editor.undo()).isTrue());
    assertThat(editor.getText()).isEqualTo("keys");
    interact(() -> assertThat(editor.undo()).isTrue());
    assertThat(editor.getText()).isEqualTo("key");
    interact(() -> assertThat(editor.redo()).isTrue());
    interact(() -> assertThat(editor.redo()).isTrue());
    assertThat(editor.getText()).isEqualTo("keys: 1");
  }

  @Test
  void loadingTextForgetsTheHistory() {
    load("one", 3);
    write("!");
    load("two", 0);
    interact(() -> assertThat(editor.undo()).isFalse());
    assertThat(editor.getText()).isEqualTo("two");
  }

  @Test
  void aReplaceOutsideTheTextIsRejectedWithTheRangeAndLength() {
    load("abc", 0);
    interact(
        () ->
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> editor.replaceText(2, 9, "x"))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("[2, 9)")
                .hasMessageContaining("[0, 3)"));
  }
}
