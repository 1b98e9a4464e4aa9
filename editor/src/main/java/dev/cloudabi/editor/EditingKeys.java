package dev.cloudabi.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.MultiChangeBuilder;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * The indentation keys: Enter keeps the indentation, Tab and Shift+Tab indent and outdent the
 * selected lines, and {@code '}'} dedents a blank C line. Each key press is one undoable edit.
 * Installed as event filters, so they run before RichTextFX's own key handling.
 */
final class EditingKeys {
  private final CodeArea area;
  private final Indentation indentation;

  private EditingKeys(CodeArea area, Language language) {
    this.area = area;
    this.indentation = new Indentation(language);
  }

  static void install(CodeArea area, Language language) {
    EditingKeys keys = new EditingKeys(area, language);
    area.addEventFilter(KeyEvent.KEY_PRESSED, keys::onKeyPressed);
    area.addEventFilter(KeyEvent.KEY_TYPED, keys::onKeyTyped);
  }

  private void onKeyPressed(KeyEvent e) {
    if (!area.isEditable() || e.isShortcutDown() || e.isAltDown() || e.isMetaDown()) {
      return;
    }
    if (e.getCode() == KeyCode.ENTER) {
      area.replaceSelection(indentation.lineBreak(textBeforeCaretOnLine()));
      area.requestFollowCaret();
      e.consume();
    } else if (e.getCode() == KeyCode.TAB) {
      if (e.isShiftDown()) {
        outdentSelectedLines();
      } else if (spansLines(area.getSelection())) {
        indentSelectedLines();
      } else {
        area.replaceSelection(indentation.tabAt(area.getCaretColumn()));
      }
      e.consume();
    }
  }

  private void onKeyTyped(KeyEvent e) {
    if (!area.isEditable()
        || !"}".equals(e.getCharacter())
        || area.getSelection().getLength() > 0) {
      return;
    }
    Optional<String> dedented = indentation.closingBrace(textBeforeCaretOnLine());
    if (dedented.isPresent()) {
      int caret = area.getCaretPosition();
      area.replaceText(caret - area.getCaretColumn(), caret, dedented.get());
      e.consume();
    }
  }

  private String textBeforeCaretOnLine() {
    int caret = area.getCaretPosition();
    return area.getText(caret - area.getCaretColumn(), caret);
  }

  private boolean spansLines(IndexRange selection) {
    return selection.getLength() > 0
        && area.offsetToPosition(selection.getStart(), Bias.Forward).getMajor()
            != area.offsetToPosition(selection.getEnd(), Bias.Forward).getMajor();
  }

  private void indentSelectedLines() {
    String unit = indentation.unit();
    List<Edit> edits = new ArrayList<>();
    for (int line : selectedLines()) {
      if (area.getParagraph(line).length() > 0) {
        edits.add(new Edit(area.getAbsolutePosition(line, 0), 0, unit));
      }
    }
    apply(edits);
  }

  private void outdentSelectedLines() {
    List<Edit> edits = new ArrayList<>();
    for (int line : selectedLines()) {
      int width = indentation.outdentWidth(area.getParagraph(line).getText());
      if (width > 0) {
        edits.add(new Edit(area.getAbsolutePosition(line, 0), width, ""));
      }
    }
    apply(edits);
  }

  /** The lines touched by the selection; a selection ending at a line's start leaves it out. */
  private List<Integer> selectedLines() {
    IndexRange selection = area.getSelection();
    int first = area.offsetToPosition(selection.getStart(), Bias.Forward).getMajor();
    var end = area.offsetToPosition(selection.getEnd(), Bias.Forward);
    int last = end.getMajor();
    if (selection.getLength() > 0 && end.getMinor() == 0 && last > first) {
      last--;
    }
    List<Integer> lines = new ArrayList<>();
    for (int line = first; line <= last; line++) {
      lines.add(line);
    }
    return lines;
  }

  /** Applies edits (ascending, disjoint) as one undoable change and keeps the selection on them. */
  private void apply(List<Edit> edits) {
    if (edits.isEmpty()) {
      return;
    }
    IndexRange selection = area.getSelection();
    boolean caretAtStart =
        area.getCaretPosition() == selection.getStart() && selection.getLength() > 0;
    int start = Edit.shift(selection.getStart(), edits);
    int end = Edit.shift(selection.getEnd(), edits);
    MultiChangeBuilder<?, ?, ?> change = area.createMultiChange(edits.size());
    // Back to front, so the offsets of the edits still to apply are unchanged.
    for (int k = edits.size() - 1; k >= 0; k--) {
      Edit edit = edits.get(k);
      change.replaceTextAbsolutely(edit.at(), edit.at() + edit.removed(), edit.inserted());
    }
    change.commit();
    if (caretAtStart) {
      area.selectRange(end, start);
    } else {
      area.selectRange(start, end);
    }
  }

  /** One splice of the original text: at an offset, remove some characters, insert a string. */
  record Edit(int at, int removed, String inserted) {
    /** Where an offset of the original text lands after the edits (ascending, disjoint). */
    static int shift(int offset, List<Edit> edits) {
      int shifted = offset;
      for (Edit edit : edits) {
        if (edit.at() >= offset && !(edit.at() == offset && edit.removed() == 0)) {
          break;
        }
        int removedBefore = Math.min(edit.removed(), offset - edit.at());
        shifted += edit.inserted().length() - removedBefore;
      }
      return shifted;
    }
  }
}
