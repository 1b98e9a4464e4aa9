package dev.cloudabi.designer.view;

import dev.cloudabi.designer.argdata.ByteSpan;
import dev.cloudabi.designer.document.ConfigFiles;
import dev.cloudabi.designer.document.Draft;
import dev.cloudabi.designer.document.RecoveryJournal;
import dev.cloudabi.designer.edit.Change;
import dev.cloudabi.designer.edit.TreeCommands;
import dev.cloudabi.designer.hints.KeyHints;
import dev.cloudabi.designer.model.Analysis;
import dev.cloudabi.designer.model.AnalysisScheduler;
import dev.cloudabi.designer.text.TextEdit;
import dev.cloudabi.designer.tree.ConfigTree;
import dev.cloudabi.designer.tree.NodePath;
import dev.cloudabi.designer.tree.TreeNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The state of one configuration in the designer. The YAML text is the single source of truth:
 * every tree edit becomes a splice of the text, handed to the text sink (the code editor, so it can
 * be undone), and every text change is analysed again into the tree, diagnostics and Argdata
 * preview. The analysis may run in the background and lag behind the text; a tree edit always
 * splices against the text its tree was read from, analysing the current text first when the
 * analysis lags. While the text is not valid YAML the tree keeps its last good state and refuses
 * edits. Unsaved text goes to the recovery journal; saving or discarding removes it from there.
 */
public final class DesignerViewModel {
  private final String id;
  private final Optional<RecoveryJournal> journal;
  private final ReadOnlyObjectWrapper<Path> path = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
  private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>();
  private final ObjectProperty<NodePath> selection = new SimpleObjectProperty<>(NodePath.ROOT);
  private final ObjectProperty<KeyHints> keyHints = new SimpleObjectProperty<>(KeyHints.NONE);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private String savedText;
  private Consumer<TextEdit> textSink = edit -> textChanged(edit.applyTo(text.get()));
  private AnalysisScheduler scheduler = AnalysisScheduler.immediate();

  /**
   * Where the caret went while the analysis lagged; it selects its node once the analysis lands.
   */
  private OptionalInt pendingCaret = OptionalInt.empty();

  private DesignerViewModel(
      String id, Path file, String text, String savedText, Optional<RecoveryJournal> journal) {
    this.id = id;
    this.journal = journal;
    this.path.set(file);
    this.savedText = savedText;
    title.bind(
        Bindings.createStringBinding(
            () -> (dirty.get() ? "*" : "") + displayName(), this.path, dirty));
    keyHints.addListener((o, a, b) -> analyse(this.text.get()));
    textChanged(text);
  }

  /** A configuration read from {@code file}. */
  public static DesignerViewModel open(Path file, String text, Optional<RecoveryJournal> journal) {
    return new DesignerViewModel(newId(), file, text, text, journal);
  }

  /** A new, never saved configuration. */
  public static DesignerViewModel create(Optional<RecoveryJournal> journal) {
    return new DesignerViewModel(newId(), null, ConfigFiles.NEW_CONFIG, "", journal);
  }

  /**
   * Unsaved work found after a crash; it stays dirty until saved.
   *
   * @param savedText what the original file holds now ("" when there is none)
   */
  public static DesignerViewModel recovered(
      Draft draft, String savedText, Optional<RecoveryJournal> journal) {
    return new DesignerViewModel(
        draft.id(), draft.original().orElse(null), draft.text(), savedText, journal);
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }

  /** Where edits go; the view installs the editor's {@code replaceText}. */
  public void setTextSink(Consumer<TextEdit> sink) {
    this.textSink = sink;
  }

  /**
   * Where analyses run from now on; the view installs a background scheduler so that typing in a
   * large configuration never waits for one.
   */
  public void setAnalysisScheduler(AnalysisScheduler scheduler) {
    this.scheduler.cancel();
    this.scheduler = scheduler;
  }

  /** Tells the model the text changed (typed in the editor, or a splice applied to it). */
  public void textChanged(String newText) {
    if (newText.equals(text.get()) && analysis.get() != null) {
      return;
    }
    text.set(newText);
    dirty.set(!newText.equals(savedText));
    analyse(newText);
    journal.ifPresent(
        j -> {
          if (dirty.get()) {
            j.record(id, Optional.ofNullable(path.get()), newText);
          } else {
            j.discard(id);
          }
        });
  }

  private void analyse(String newText) {
    Optional<ConfigTree> previous = previousTree();
    String name = displayName();
    KeyHints hints = keyHints.get();
    Path base = baseDir();
    scheduler.request(() -> Analysis.of(name, newText, previous, hints, base), this::apply);
  }

  /** Takes a result only if it is for the text as it is now (a newer one may be on its way). */
  private void apply(Analysis result) {
    if (result.text().equals(text.get())) {
      analysis.set(result);
      pendingCaret.ifPresent(this::caretMoved);
    }
  }

  private Optional<ConfigTree> previousTree() {
    return analysis.get() == null ? Optional.empty() : analysis.get().tree();
  }

  /**
   * Whether the shown analysis is of the current text (it lags while one runs in the background).
   */
  public boolean isAnalysisCurrent() {
    return analysis.get() != null && analysis.get().text().equals(text.get());
  }

  /**
   * The analysis of the current text, computed here and now if the background one lags: a tree edit
   * must splice the text its tree was read from.
   */
  private Analysis currentAnalysis() {
    if (!isAnalysisCurrent()) {
      scheduler.cancel();
      analysis.set(
          Analysis.of(displayName(), text.get(), previousTree(), keyHints.get(), baseDir()));
    }
    return analysis.get();
  }

  /** Relative {@code !file} paths are looked up next to the configuration. */
  private Path baseDir() {
    Path file = path.get();
    Path parent = file == null ? null : file.toAbsolutePath().getParent();
    return parent != null ? parent : Path.of("").toAbsolutePath();
  }

  private String displayName() {
    Path file = path.get();
    return file == null || file.getFileName() == null
        ? "Untitled configuration"
        : file.getFileName().toString();
  }

  /**
   * Runs a tree command against the current tree and applies its splice. Returns false, with the
   * reason in {@link #message()}, when the tree is out of date or the command refuses its input.
   */
  public boolean run(Function<TreeCommands, Change> command) {
    Analysis current = currentAnalysis();
    if (current.stale() || current.tree().isEmpty()) {
      message.set("The text has a YAML error: fix it (or undo) before editing the tree");
      return false;
    }
    Change change;
    try {
      change = command.apply(new TreeCommands(current.tree().get(), keyHints.get()));
    } catch (IllegalArgumentException e) {
      message.set(e.getMessage());
      return false;
    }
    message.set("");
    TextEdit edit = change.edit().minimal(text.get());
    if (!edit.isEmpty()) {
      textSink.accept(edit);
    }
    pendingCaret = OptionalInt.empty(); // the edit's selection wins over the caret it moved
    selection.set(change.select());
    return true;
  }

  /** Writes the text to its file. */
  public void save() throws IOException {
    Path file = path.get();
    if (file == null) {
      throw new IllegalStateException("an untitled configuration needs Save As");
    }
    saveAs(file);
  }

  /** Writes the text to {@code file}, which becomes the configuration's file. */
  public void saveAs(Path file) throws IOException {
    String current = text.get();
    ConfigFiles.write(file, current);
    path.set(file.toAbsolutePath().normalize());
    savedText = current;
    dirty.set(false);
    journal.ifPresent(j -> j.discard(id));
    analyse(current);
  }

  /** The user closes without saving: the recovery entry goes too. */
  public void discardChanges() {
    journal.ifPresent(j -> j.discard(id));
  }

  public String id() {
    return id;
  }

  public ReadOnlyObjectProperty<Path> path() {
    return path.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty text() {
    return text.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty dirty() {
    return dirty.getReadOnlyProperty();
  }

  /** The tab title: the file name, with a leading {@code *} while there are unsaved changes. */
  public ReadOnlyStringProperty title() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Analysis> analysis() {
    return analysis.getReadOnlyProperty();
  }

  public ObjectProperty<NodePath> selection() {
    return selection;
  }

  public ObjectProperty<KeyHints> keyHints() {
    return keyHints;
  }

  /** Why the last tree command was refused; empty after one that worked. */
  public ReadOnlyStringProperty message() {
    return message.getReadOnlyProperty();
  }

  /** The selected node in the current (possibly stale) tree. */
  public Optional<TreeNode> selectedNode() {
    return analysis.get().tree().flatMap(t -> t.find(selection.get()));
  }

  /** Where the selected node's value lies in the Argdata bytes. */
  public Optional<ByteSpan> selectedBytes() {
    return analysis.get().preview().flatMap(p -> p.valueSpan(selection.get()));
  }

  /** Where the selected entry's key lies in the Argdata bytes. */
  public Optional<ByteSpan> selectedKeyBytes() {
    return analysis.get().preview().flatMap(p -> p.keySpan(selection.get()));
  }

  /** Follows the editor's caret: selects the deepest node at {@code offset} of a fresh tree. */
  public void caretMoved(int offset) {
    Analysis current = analysis.get();
    if (!isAnalysisCurrent()) {
      pendingCaret = OptionalInt.of(offset);
      return;
    }
    pendingCaret = OptionalInt.empty();
    if (!current.stale()) {
      current.tree().ifPresent(t -> selection.set(t.nodeAt(offset).path()));
    }
  }
}
