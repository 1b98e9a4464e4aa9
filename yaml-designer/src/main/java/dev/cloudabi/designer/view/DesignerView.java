package dev.cloudabi.designer.view;

import dev.cloudabi.designer.model.Analysis;
import dev.cloudabi.designer.model.AnalysisScheduler;
import dev.cloudabi.designer.model.Diagnostic;
import dev.cloudabi.designer.tree.TreeNode;
import dev.cloudabi.editor.CodeEditor;
import dev.cloudabi.editor.EditorDiagnostic;
import dev.cloudabi.editor.Language;
import java.time.Duration;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;

/**
 * The designer for one configuration: the tree with its palette and property form, the YAML text,
 * and the Argdata the program will receive, side by side and kept in step. Tree edits go into the
 * editor as undoable splices; the editor's caret selects the node under it, and selecting a node
 * selects its text.
 */
public final class DesignerView extends BorderPane {
  public static final String EDITOR_ID = "designer-editor";
  public static final String HINTS_ID = "designer-hints";

  /** How long typing must pause before the text is analysed again. */
  static final Duration ANALYSIS_DELAY = Duration.ofMillis(120);

  private final DesignerViewModel model;
  private final CodeEditor editor = new CodeEditor(Language.YAML);
  private boolean syncing;

  public DesignerView(DesignerViewModel model) {
    this.model = model;
    getStylesheets().add(DesignerCss.STYLESHEET);
    editor.setId(EDITOR_ID);
    editor.loadText(model.text().get());
    model.setAnalysisScheduler(AnalysisScheduler.background(ANALYSIS_DELAY, Platform::runLater));
    model.setTextSink(e -> editor.replaceText(e.start(), e.end(), e.replacement()));
    editor.textProperty().addListener((o, a, text) -> model.textChanged(text));
    editor
        .caretPositionProperty()
        .addListener(
            (o, a, caret) -> {
              if (!syncing) {
                syncing = true;
                try {
                  model.caretMoved(caret);
                } finally {
                  syncing = false;
                }
              }
            });
    model.selection().addListener((o, a, path) -> selectInText());
    model.analysis().addListener((o, a, analysis) -> showDiagnostics(analysis));
    showDiagnostics(model.analysis().get());

    SplitPane left = new SplitPane(new TreePane(model), formPane());
    left.setOrientation(Orientation.VERTICAL);
    left.setDividerPositions(0.45);
    SplitPane panes = new SplitPane(left, editor, new ArgdataPane(model));
    panes.setOrientation(Orientation.HORIZONTAL);
    panes.setDividerPositions(0.3, 0.62);
    setTop(toolBar());
    setCenter(panes);
  }

  public DesignerViewModel model() {
    return model;
  }

  public CodeEditor editor() {
    return editor;
  }

  private ScrollPane formPane() {
    ScrollPane scroll = new ScrollPane(new PropertyForm(model));
    scroll.setFitToWidth(true);
    return scroll;
  }

  private ToolBar toolBar() {
    Button undo = new Button("Undo");
    undo.setId("designer-undo");
    undo.setTooltip(new Tooltip("Undo the last change of the text or the tree (Ctrl+Z)"));
    undo.setOnAction(e -> editor.undo());
    Button redo = new Button("Redo");
    redo.setId("designer-redo");
    redo.setOnAction(e -> editor.redo());
    Label hints = new Label();
    hints.setId(HINTS_ID);
    hints.getStyleClass().add(DesignerCss.HINTS);
    hints
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    model.keyHints().get().isEmpty()
                        ? "Key hints: select a binary in the workspace"
                        : "Key hints from "
                            + model.keyHints().get().program()
                            + ": "
                            + String.join(", ", model.keyHints().get().keys()),
                model.keyHints()));
    return new ToolBar(undo, redo, hints);
  }

  /** Selecting a node in the tree selects its text (not while the caret is selecting it). */
  private void selectInText() {
    if (syncing) {
      return;
    }
    model
        .selectedNode()
        .filter(n -> model.isAnalysisCurrent() && !model.analysis().get().stale())
        .ifPresent(
            node -> {
              syncing = true;
              try {
                selectText(node);
              } finally {
                syncing = false;
              }
            });
  }

  private void selectText(TreeNode node) {
    if (node.end() <= editor.getText().length()) {
      // Anchor at the end, caret at the start: the view scrolls to where the entry begins.
      editor.area().selectRange(node.end(), node.entryStart());
      editor.area().requestFollowCaret();
    }
  }

  private void showDiagnostics(Analysis analysis) {
    editor.setDiagnostics(toEditor(analysis.diagnostics()));
  }

  static List<EditorDiagnostic> toEditor(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .map(
            d ->
                new EditorDiagnostic(
                    d.line(),
                    d.column(),
                    d.endLine(),
                    d.endColumn(),
                    EditorDiagnostic.Severity.valueOf(d.severity().name()),
                    d.message()))
        .toList();
  }
}
