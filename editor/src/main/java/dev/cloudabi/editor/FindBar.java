package dev.cloudabi.editor;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.MultiChangeBuilder;

/**
 * The find and replace bar above the text. Matches are recomputed whenever the query, the options
 * or the text change, so the "n of m" count is always current. Replace all is one undoable edit.
 */
final class FindBar extends VBox {
  private static final PseudoClass NO_MATCH = PseudoClass.getPseudoClass("no-match");

  private final CodeArea area;
  private final TextField findField = new TextField();
  private final TextField replaceField = new TextField();
  private final CheckBox matchCase = new CheckBox("Match case");
  private final CheckBox wholeWord = new CheckBox("Whole word");
  private final Label status = new Label();
  private final HBox replaceRow;
  private List<TextSearch.Match> matches = List.of();

  FindBar(CodeArea area) {
    this.area = area;
    getStyleClass().add("find-bar");
    findField.getStyleClass().add("find-field");
    findField.setPromptText("Find");
    replaceField.getStyleClass().add("replace-field");
    replaceField.setPromptText("Replace with");
    matchCase.getStyleClass().add("find-match-case");
    wholeWord.getStyleClass().add("find-whole-word");
    status.getStyleClass().add("find-status");

    findField.setPrefColumnCount(16);
    replaceField.setPrefColumnCount(16);
    Button previous =
        button("↑", "Previous match (Shift+Enter, Shift+F3)", "find-previous", this::previous);
    Button next = button("↓", "Next match (Enter, F3)", "find-next", this::next);
    Button close = button("✕", "Close (Escape)", "find-close", this::close);
    for (var fixed : List.of(matchCase, wholeWord, status)) {
      fixed.setMinWidth(Region.USE_PREF_SIZE);
    }
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox.setHgrow(findField, Priority.SOMETIMES);
    HBox.setHgrow(replaceField, Priority.SOMETIMES);
    HBox findRow = row(findField, previous, next, matchCase, wholeWord, status, spacer, close);
    replaceRow =
        row(
            replaceField,
            button("Replace", "Replace this match (Enter)", "replace-one", this::replaceOne),
            button(
                "Replace all",
                "Replace every match, as one edit",
                "replace-all",
                this::replaceAll));
    getChildren().addAll(findRow, replaceRow);

    findField.textProperty().addListener((obs, was, now) -> refresh());
    matchCase.selectedProperty().addListener((obs, was, now) -> refresh());
    wholeWord.selectedProperty().addListener((obs, was, now) -> refresh());
    area.textProperty().addListener((obs, was, now) -> refreshIfOpen());
    // A moved selection changes only which match is current, not the matches.
    area.selectionProperty().addListener((obs, was, now) -> showStatusIfOpen());
    findField.addEventHandler(KeyEvent.KEY_PRESSED, this::onFindKey);
    replaceField.addEventHandler(KeyEvent.KEY_PRESSED, this::onReplaceKey);
    showBar(false, false);
  }

  boolean isOpen() {
    return isVisible();
  }

  /** Opens the bar (with the replace row or without), seeded with a one-line selection. */
  void open(boolean withReplace) {
    String selected = area.getSelectedText();
    if (!selected.isEmpty() && selected.indexOf('\n') < 0) {
      findField.setText(selected);
    }
    showBar(true, withReplace);
    refresh();
    findField.requestFocus();
    findField.selectAll();
  }

  void close() {
    showBar(false, false);
    area.requestFocus();
  }

  void next() {
    select(TextSearch.nextIndex(matches, area.getSelection().getEnd()));
  }

  void previous() {
    select(TextSearch.previousIndex(matches, area.getSelection().getStart()));
  }

  /** Replaces the selected match and moves on; without a selected match, finds the next one. */
  void replaceOne() {
    int current = selectedMatch();
    if (current < 0 || !area.isEditable()) {
      next();
      return;
    }
    TextSearch.Match match = matches.get(current);
    String replacement = replaceField.getText();
    area.getUndoManager().preventMerge();
    area.replaceText(match.start(), match.end(), replacement);
    area.getUndoManager().preventMerge();
    refresh();
    select(TextSearch.nextIndex(matches, match.start() + replacement.length()));
  }

  /** Replaces every match in one undoable edit. */
  void replaceAll() {
    if (matches.isEmpty() || !area.isEditable()) {
      return;
    }
    int count = matches.size();
    String replacement = replaceField.getText();
    MultiChangeBuilder<?, ?, ?> change = area.createMultiChange(count);
    // Back to front: the offsets of the matches still to replace stay valid.
    for (int k = count - 1; k >= 0; k--) {
      TextSearch.Match match = matches.get(k);
      change.replaceTextAbsolutely(match.start(), match.end(), replacement);
    }
    area.getUndoManager().preventMerge();
    change.commit();
    area.getUndoManager().preventMerge();
    refresh();
    status.setText("Replaced " + count);
  }

  private void select(int index) {
    if (index < 0) {
      refresh();
      return;
    }
    TextSearch.Match match = matches.get(index);
    area.selectRange(match.start(), match.end());
    area.requestFollowCaret();
  }

  private int selectedMatch() {
    var selection = area.getSelection();
    for (int k = 0; k < matches.size(); k++) {
      if (matches.get(k).start() == selection.getStart()
          && matches.get(k).end() == selection.getEnd()) {
        return k;
      }
    }
    return -1;
  }

  private void refreshIfOpen() {
    if (isOpen()) {
      refresh();
    }
  }

  private void showStatusIfOpen() {
    if (isOpen()) {
      showStatus();
    }
  }

  private void refresh() {
    matches =
        new TextSearch(findField.getText(), matchCase.isSelected(), wholeWord.isSelected())
            .findAll(area.getText());
    showStatus();
  }

  private void showStatus() {
    String query = findField.getText();
    boolean none = !query.isEmpty() && matches.isEmpty();
    findField.pseudoClassStateChanged(NO_MATCH, none);
    int current = selectedMatch();
    if (query.isEmpty()) {
      status.setText("");
    } else if (none) {
      status.setText("No results");
    } else if (current >= 0) {
      status.setText((current + 1) + " of " + matches.size());
    } else {
      status.setText(matches.size() == 1 ? "1 match" : matches.size() + " matches");
    }
  }

  private void onFindKey(KeyEvent e) {
    if (e.getCode() == KeyCode.ENTER) {
      if (e.isShiftDown()) {
        previous();
      } else {
        next();
      }
      e.consume();
    }
  }

  private void onReplaceKey(KeyEvent e) {
    if (e.getCode() == KeyCode.ENTER) {
      replaceOne();
      e.consume();
    }
  }

  private void showBar(boolean visible, boolean withReplace) {
    setVisible(visible);
    setManaged(visible);
    replaceRow.setVisible(withReplace);
    replaceRow.setManaged(withReplace);
  }

  private static Button button(String text, String tip, String id, Runnable action) {
    Button button = new Button(text);
    button.setTooltip(new Tooltip(tip));
    button.setMinWidth(Region.USE_PREF_SIZE);
    button.getStyleClass().add(id);
    button.setFocusTraversable(false);
    button.setOnAction(e -> action.run());
    return button;
  }

  private static HBox row(javafx.scene.Node... children) {
    HBox row = new HBox(children);
    row.getStyleClass().add("find-row");
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }
}
