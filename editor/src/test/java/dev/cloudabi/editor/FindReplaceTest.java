package dev.cloudabi.editor;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.css.PseudoClass;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class FindReplaceTest extends EditorFxTest {
  private static final String TEXT = "stdout: !fd stdout\ndir: !fd 3\nfd_count: 2\n";

  @Override
  Language language() {
    return Language.YAML;
  }

  private String status() {
    return lookup(".find-status").queryAs(Label.class).getText();
  }

  private TextField findField() {
    return lookup(".find-field").queryAs(TextField.class);
  }

  @Test
  void ctrlFOpensTheBarAndEnterAndF3WalkTheMatchesWithACount() {
    load(TEXT, 0);
    push(KeyCode.CONTROL, KeyCode.F);
    assertThat(editor.findBar().isOpen()).isTrue();
    write("fd");
    assertThat(status()).isEqualTo("3 matches");

    type(KeyCode.ENTER);
    assertThat(editor.area().getSelection().getStart()).isEqualTo(9);
    assertThat(status()).isEqualTo("1 of 3");
    type(KeyCode.ENTER);
    assertThat(status()).isEqualTo("2 of 3");
    type(KeyCode.F3);
    assertThat(status()).isEqualTo("3 of 3");
    type(KeyCode.F3);
    assertThat(status()).as("wraps to the first").isEqualTo("1 of 3");
    push(KeyCode.SHIFT, KeyCode.ENTER);
    assertThat(status()).as("wraps back to the last").isEqualTo("3 of 3");
    push(KeyCode.SHIFT, KeyCode.F3);
    assertThat(status()).isEqualTo("2 of 3");
  }

  @Test
  void matchCaseAndWholeWordNarrowTheMatches() {
    load(TEXT + "FD\n", 0);
    interact(editor::showFind);
    write("fd");
    assertThat(status()).isEqualTo("4 matches");
    clickOn(lookup(".find-match-case").queryAs(CheckBox.class));
    assertThat(status()).isEqualTo("3 matches");
    clickOn(lookup(".find-whole-word").queryAs(CheckBox.class));
    assertThat(status()).isEqualTo("2 matches");
  }

  @Test
  void aQueryWithoutMatchesSaysSoAndMarksTheField() {
    load(TEXT, 0);
    interact(editor::showFind);
    write("socket");
    assertThat(status()).isEqualTo("No results");
    assertThat(findField().getPseudoClassStates()).contains(PseudoClass.getPseudoClass("no-match"));
  }

  @Test
  void replaceAllIsOneUndoableEdit() {
    load(TEXT, 0);
    push(KeyCode.CONTROL, KeyCode.H);
    write("fd");
    clickOn(lookup(".replace-field").queryAs(TextField.class)).write("file");
    clickOn(".replace-all");
    assertThat(editor.getText()).isEqualTo("stdout: !file stdout\ndir: !file 3\nfile_count: 2\n");
    assertThat(status()).isEqualTo("Replaced 3");

    interact(() -> assertThat(editor.undo()).isTrue());
    assertThat(editor.getText()).isEqualTo(TEXT);
    interact(() -> assertThat(editor.redo()).isTrue());
    assertThat(editor.getText()).contains("!file stdout").doesNotContain("fd");
  }

  @Test
  void replaceOneReplacesTheSelectedMatchAndMovesOn() {
    load(TEXT, 0);
    interact(editor::showReplace);
    write("fd");
    type(KeyCode.ENTER);
    clickOn(lookup(".replace-field").queryAs(TextField.class)).write("FD");
    type(KeyCode.ENTER);
    assertThat(editor.getText()).startsWith("stdout: !FD stdout\ndir: !fd 3");
    assertThat(editor.area().getSelection().getStart()).isEqualTo(TEXT.indexOf("fd 3"));
  }

  @Test
  void escapeClosesTheBarAndReturnsToTheText() {
    load(TEXT, 0);
    push(KeyCode.CONTROL, KeyCode.F);
    type(KeyCode.ESCAPE);
    assertThat(editor.findBar().isOpen()).isFalse();
    assertThat(editor.area().isFocused()).isTrue();
  }
}
