package dev.cloudabi.editor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * A code editor for YAML, C or plain text: highlighting computed off the FX thread, line numbers,
 * current-line highlight, diagnostics (underlines, gutter markers, tooltips), find and replace,
 * undo/redo and indentation helpers. It carries its own stylesheet, written against the AtlantaFX
 * looked-up colours so it follows the light and dark themes.
 *
 * <p>All methods must be called on the FX thread. Offsets are indices into {@link #getText()};
 * lines and columns are 1-based and count UTF-16 characters.
 */
public final class CodeEditor extends Region {
  private static final String STYLESHEET = resource("code-editor.css");
  private static final String FALLBACK_COLOURS = resource("code-editor-fallback.css");
  private static final KeyCombination FIND =
      new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
  private static final KeyCombination REPLACE =
      new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);
  private static final KeyCombination FIND_PREVIOUS =
      new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN);
  private static final KeyCombination FIND_NEXT = new KeyCodeCombination(KeyCode.F3);

  private final Language language;
  private final CodeArea area = new CodeArea();
  private final FindBar findBar = new FindBar(area);
  private final BorderPane content;
  private final HighlightScheduler highlighting;
  private final Tooltip hoverTooltip;
  private List<EditorDiagnostic> diagnostics = List.of();
  private String highlightedText;
  private StyleSpans<Collection<String>> highlightSpans;
  private int gutterDigits;

  public CodeEditor(Language language) {
    this.language = Objects.requireNonNull(language, "language");
    if (!isAtlantaTheme(Application.getUserAgentStylesheet())) {
      getStylesheets().add(FALLBACK_COLOURS);
    }
    getStylesheets().add(STYLESHEET);
    getStyleClass()
        .addAll("code-editor", "language-" + language.name().toLowerCase(java.util.Locale.ROOT));
    area.getStyleClass().add("code-editor-area");
    area.setLineHighlighterOn(true);
    content = new BorderPane(new VirtualizedScrollPane<>(area));
    content.setTop(findBar);
    getChildren().add(content);

    highlighting = new HighlightScheduler(language.highlighter(), this::onHighlighted);
    area.multiPlainChanges()
        .successionEnds(Duration.ofMillis(40))
        .subscribe(changes -> highlighting.request(area.getText()));
    area.getParagraphs()
        .addListener(
            (javafx.beans.InvalidationListener)
                obs -> {
                  if (Gutter.digitsFor(area.getParagraphs().size()) != gutterDigits) {
                    installGutter();
                  }
                });
    installGutter();
    EditingKeys.install(area, language);
    hoverTooltip = DiagnosticHover.install(area, this::markedRanges);
    addEventFilter(KeyEvent.KEY_PRESSED, this::onKeyPressed);
  }

  public Language language() {
    return language;
  }

  public String getText() {
    return area.getText();
  }

  /** The text; fires on every change. */
  public ObservableValue<String> textProperty() {
    return area.textProperty();
  }

  /** Replaces the whole text and forgets the undo history (opening a file). */
  public void loadText(String text) {
    Objects.requireNonNull(text, "text");
    area.replaceText(text);
    area.getUndoManager().forgetHistory();
    area.moveTo(0);
    area.requestFollowCaret();
    highlighting.request(text);
  }

  /**
   * Replaces {@code [start, end)} with {@code replacement} as one undoable edit that never merges
   * with the typing around it.
   */
  public void replaceText(int start, int end, String replacement) {
    Objects.requireNonNull(replacement, "replacement");
    checkRange("replaceText", start, end);
    area.getUndoManager().preventMerge();
    area.replaceText(start, end, replacement);
    area.getUndoManager().preventMerge();
  }

  /**
   * Replaces the diagnostics. Each is marked with an underline in the text and a marker in the
   * gutter; hovering either shows the messages.
   */
  public void setDiagnostics(List<EditorDiagnostic> diagnostics) {
    this.diagnostics = List.copyOf(diagnostics);
    installGutter();
    if (area.getText().equals(highlightedText)) {
      paint();
    } else {
      highlighting.request(area.getText());
    }
  }

  public List<EditorDiagnostic> getDiagnostics() {
    return diagnostics;
  }

  /** The described diagnostics at an offset (what the tooltip there shows); empty if none. */
  public String diagnosticMessagesAt(int offset) {
    return DiagnosticHover.messagesAt(markedRanges(), offset);
  }

  /** Selects {@code [start, end)} and scrolls it into view. */
  public void selectRange(int start, int end) {
    checkRange("selectRange", start, end);
    area.selectRange(start, end);
    area.requestFollowCaret();
  }

  /**
   * Puts the caret at a 1-based line and column and scrolls to it. A line or column past the end is
   * clamped to the last line or the end of the line.
   */
  public void moveTo(int line, int column) {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "moveTo takes a 1-based line and column, got %d:%d".formatted(line, column));
    }
    area.moveTo(LineIndex.of(area.getText()).offset(line, column));
    area.requestFollowCaret();
  }

  public ObservableValue<Integer> caretPositionProperty() {
    return area.caretPositionProperty();
  }

  public void setEditable(boolean editable) {
    area.setEditable(editable);
  }

  public boolean isEditable() {
    return area.isEditable();
  }

  /** Undoes the last edit; false if there was nothing to undo. */
  public boolean undo() {
    return area.getUndoManager().undo();
  }

  /** Redoes the last undone edit; false if there was nothing to redo. */
  public boolean redo() {
    return area.getUndoManager().redo();
  }

  /** Opens the find bar (Ctrl+F). */
  public void showFind() {
    findBar.open(false);
  }

  /** Opens the find bar with the replace row (Ctrl+H). */
  public void showReplace() {
    findBar.open(true);
  }

  /** The underlying RichTextFX area, for uses this class does not cover. */
  public CodeArea area() {
    return area;
  }

  @Override
  public void requestFocus() {
    area.requestFocus();
  }

  /** The tooltip that hovering over a marked text shows (for tests and styling). */
  Tooltip hoverTooltip() {
    return hoverTooltip;
  }

  FindBar findBar() {
    return findBar;
  }

  private void onKeyPressed(KeyEvent e) {
    if (FIND.match(e)) {
      showFind();
    } else if (REPLACE.match(e)) {
      showReplace();
    } else if (FIND_NEXT.match(e) || FIND_PREVIOUS.match(e)) {
      if (!findBar.isOpen()) {
        showFind();
      } else if (FIND_NEXT.match(e)) {
        findBar.next();
      } else {
        findBar.previous();
      }
    } else if (e.getCode() == KeyCode.ESCAPE && findBar.isOpen()) {
      findBar.close();
    } else {
      return;
    }
    e.consume();
  }

  private void onHighlighted(String text, StyleSpans<Collection<String>> spans) {
    if (!text.equals(area.getText())) {
      return; // the text changed meanwhile; its own request is on the way
    }
    highlightedText = text;
    highlightSpans = spans;
    paint();
  }

  /** Applies the last highlight with the diagnostics' underlines on top. */
  private void paint() {
    StyleSpans<Collection<String>> styles = highlightSpans;
    if (!diagnostics.isEmpty()) {
      styles =
          styles.overlay(
              DiagnosticPlacement.underlines(highlightedText.length(), markedRanges()),
              CodeEditor::union);
    }
    area.setStyleSpans(0, styles);
  }

  private List<MarkedRange> markedRanges() {
    return DiagnosticPlacement.place(area.getText(), diagnostics);
  }

  private void installGutter() {
    Gutter gutter = new Gutter(markedRanges(), area.getParagraphs().size());
    gutterDigits = gutter.digits();
    area.setParagraphGraphicFactory(gutter);
  }

  private void checkRange(String operation, int start, int end) {
    int length = area.getLength();
    if (start < 0 || end < start || end > length) {
      throw new IndexOutOfBoundsException(
          "%s: range [%d, %d) is outside the text [0, %d)"
              .formatted(operation, start, end, length));
    }
  }

  /** AtlantaFX themes define the looked-up colours the stylesheet uses. */
  static boolean isAtlantaTheme(String userAgentStylesheet) {
    return userAgentStylesheet != null && userAgentStylesheet.contains("atlantafx");
  }

  private static String resource(String name) {
    return Objects.requireNonNull(CodeEditor.class.getResource(name), name).toExternalForm();
  }

  private static Collection<String> union(Collection<String> a, Collection<String> b) {
    if (b.isEmpty()) {
      return a;
    }
    if (a.isEmpty()) {
      return b;
    }
    List<String> both = new ArrayList<>(a);
    both.addAll(b);
    return both;
  }

  @Override
  protected void layoutChildren() {
    Insets in = getInsets();
    layoutInArea(
        content,
        in.getLeft(),
        in.getTop(),
        getWidth() - in.getLeft() - in.getRight(),
        getHeight() - in.getTop() - in.getBottom(),
        0,
        HPos.LEFT,
        VPos.TOP);
  }

  @Override
  protected double computePrefWidth(double height) {
    return getInsets().getLeft() + content.prefWidth(-1) + getInsets().getRight();
  }

  @Override
  protected double computePrefHeight(double width) {
    return getInsets().getTop() + content.prefHeight(-1) + getInsets().getBottom();
  }

  @Override
  protected double computeMinWidth(double height) {
    return getInsets().getLeft() + content.minWidth(-1) + getInsets().getRight();
  }

  @Override
  protected double computeMinHeight(double width) {
    return getInsets().getTop() + content.minHeight(-1) + getInsets().getBottom();
  }
}
