package dev.cloudabi.editor;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IndentationKeysTest {
  @Nested
  class Yaml extends EditorFxTest {
    @Override
    Language language() {
      return Language.YAML;
    }

    @Test
    void enterKeepsTheIndentationAndAddsALevelAfterAColon() {
      load("root:\n  nested:", 15);
      type(KeyCode.ENTER);
      write("k: v");
      type(KeyCode.ENTER);
      write("x: y");
      assertThat(editor.getText()).isEqualTo("root:\n  nested:\n    k: v\n    x: y");
    }

    @Test
    void tabIndentsTheSelectedLinesAsOneEditAndShiftTabOutdentsThem() {
      load("a: 1\nb: 2\nc: 3\n", 0);
      select(0, 9);
      type(KeyCode.TAB);
      assertThat(editor.getText()).isEqualTo("  a: 1\n  b: 2\nc: 3\n");
      assertThat(editor.area().getSelectedText()).isEqualTo("a: 1\n  b: 2");

      interact(editor::undo);
      assertThat(editor.getText()).isEqualTo("a: 1\nb: 2\nc: 3\n");

      select(0, 14);
      type(KeyCode.TAB);
      type(KeyCode.TAB);
      push(KeyCode.SHIFT, KeyCode.TAB);
      assertThat(editor.getText()).isEqualTo("  a: 1\n  b: 2\n  c: 3\n");
    }

    @Test
    void tabWithoutASelectionInsertsSpacesNeverATab() {
      load("key:", 4);
      type(KeyCode.TAB);
      assertThat(editor.getText()).isEqualTo("key:  ").doesNotContain("\t");
    }
  }

  @Nested
  class C extends EditorFxTest {
    @Override
    Language language() {
      return Language.C;
    }

    @Test
    void enterAfterABraceIndentsAndAClosingBraceDedents() {
      load("void f(void) {", 14);
      type(KeyCode.ENTER);
      write("g();");
      type(KeyCode.ENTER);
      write("}");
      assertThat(editor.getText()).isEqualTo("void f(void) {\n    g();\n}");
    }

    @Test
    void undoAfterTheDedentRestoresTheIndentedLine() {
      load("{\n    ", 6);
      write("}");
      assertThat(editor.getText()).isEqualTo("{\n}");
      interact(editor::undo);
      assertThat(editor.getText()).isEqualTo("{\n    ");
    }
  }
}
