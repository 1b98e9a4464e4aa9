package dev.cloudabi.designer.view;

import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;

/** Commit rules shared by the form's fields: Enter or leaving the field applies the value. */
final class FormFields {
  private FormFields() {}

  static TextField text(String id, String value, Consumer<String> commit) {
    TextField field = new TextField(value);
    field.setId(id);
    field.setOnAction(e -> commit.accept(field.getText()));
    field
        .focusedProperty()
        .addListener(
            (o, was, now) -> {
              if (was && !now && !field.getText().equals(value)) {
                commit.accept(field.getText());
              }
            });
    return field;
  }

  static ComboBox<String> editable(
      String id, String value, java.util.List<String> choices, Consumer<String> commit) {
    ComboBox<String> box = new ComboBox<>();
    box.setId(id);
    box.setEditable(true);
    box.getItems().setAll(choices);
    box.setValue(value);
    box.getEditor().setText(value);
    box.setOnAction(
        e -> {
          String chosen = box.getValue();
          if (chosen != null && !chosen.equals(value)) {
            commit.accept(chosen);
          }
        });
    box.getEditor()
        .focusedProperty()
        .addListener(
            (o, was, now) -> {
              String typed = box.getEditor().getText();
              if (was && !now && typed != null && !typed.equals(value)) {
                commit.accept(typed);
              }
            });
    box.setMaxWidth(Double.MAX_VALUE);
    return box;
  }
}
