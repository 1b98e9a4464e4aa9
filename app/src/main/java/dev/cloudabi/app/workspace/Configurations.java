package dev.cloudabi.app.workspace;

import dev.cloudabi.designer.document.ConfigFiles;
import dev.cloudabi.designer.document.Draft;
import dev.cloudabi.designer.document.RecoveryJournal;
import dev.cloudabi.designer.hints.KeyHints;
import dev.cloudabi.designer.view.DesignerViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The configuration side of the workspace: reading configurations into designers, new ones, the
 * drafts a crash left in the recovery journal, and the key hints of the binary selected last, which
 * every designer shows.
 */
public final class Configurations {
  private final Optional<RecoveryJournal> journal;
  private final ObjectProperty<KeyHints> keyHints = new SimpleObjectProperty<>(KeyHints.NONE);

  public Configurations(Optional<RecoveryJournal> journal) {
    this.journal = journal;
  }

  public static boolean isConfig(Path path) {
    return ConfigFiles.isConfig(path);
  }

  /**
   * Reads and analyses a configuration; safe off the FX thread (nothing is shown yet). Call {@link
   * #attach} on the FX thread before showing it.
   */
  public ConfigDocument read(Path path) throws IOException {
    return new ConfigDocument(DesignerViewModel.open(path, ConfigFiles.read(path), journal));
  }

  public ConfigDocument create() {
    return document(DesignerViewModel.create(journal));
  }

  /** Unsaved work a previous session left behind, oldest first. */
  public List<Draft> drafts() {
    return journal.map(j -> RecoveryJournal.drafts(j.dir())).orElse(List.of());
  }

  /** Opens a draft as a dirty document (its original file, if any, is left as it is). */
  public ConfigDocument recover(Draft draft) throws IOException {
    Optional<Path> original = draft.original().filter(Files::isRegularFile);
    String saved = original.isPresent() ? ConfigFiles.read(original.get()) : "";
    return document(DesignerViewModel.recovered(draft, saved, journal));
  }

  public void discard(Draft draft) {
    journal.ifPresent(j -> j.discard(draft.id()));
  }

  /** Writes pending journal entries now (before the app exits). */
  public void flush() {
    journal.ifPresent(RecoveryJournal::flush);
  }

  public ObjectProperty<KeyHints> keyHints() {
    return keyHints;
  }

  /** Makes the document follow the workspace's key hints. */
  public ConfigDocument attach(ConfigDocument document) {
    document.designer().keyHints().bind(keyHints);
    return document;
  }

  private ConfigDocument document(DesignerViewModel designer) {
    return attach(new ConfigDocument(designer));
  }
}
