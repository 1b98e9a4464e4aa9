package dev.cloudabi.app.shell;

import dev.cloudabi.app.binary.BinaryDocument;
import dev.cloudabi.app.binary.BinaryLoader;
import dev.cloudabi.app.errors.ErrorReport;
import dev.cloudabi.app.errors.LoadErrors;
import dev.cloudabi.app.events.EventBus;
import dev.cloudabi.app.examples.Example;
import dev.cloudabi.app.examples.ExampleCatalog;
import dev.cloudabi.app.inspector.InspectorState;
import dev.cloudabi.app.settings.Theme;
import dev.cloudabi.app.settings.WindowBounds;
import dev.cloudabi.app.settings.WorkbenchSettings;
import dev.cloudabi.app.tasks.BackgroundTasks;
import dev.cloudabi.app.workspace.ConfigDocument;
import dev.cloudabi.app.workspace.Configurations;
import dev.cloudabi.app.workspace.WorkspaceItem;
import dev.cloudabi.designer.document.Draft;
import dev.cloudabi.designer.hints.KeyHints;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;

/**
 * The state of the main window: the opened binaries and configurations (the workspace), the active
 * one, the recent files, the theme, the status line, and the errors to show. Opening runs off the
 * FX thread.
 */
public final class MainWindowViewModel {
  private final WorkbenchSettings settings;
  private final BackgroundTasks tasks;
  private final BinaryLoader loader;
  private final ExampleCatalog examples;
  private final ObservableList<WorkspaceItem> documents = WorkspaceItem.observableList();
  private final ObjectProperty<WorkspaceItem> active = new SimpleObjectProperty<>();
  private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
  private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready");
  private final EventBus<ErrorReport> errors = new EventBus<>();
  private final java.util.Map<BinaryDocument, InspectorState> inspectorStates =
      new java.util.IdentityHashMap<>();
  private final Configurations configurations;
  private Predicate<WorkspaceItem> closeGuard = doc -> true;

  public MainWindowViewModel(
      WorkbenchSettings settings,
      BackgroundTasks tasks,
      BinaryLoader loader,
      ExampleCatalog examples,
      Configurations configurations) {
    this.configurations = configurations;
    this.settings = settings;
    this.tasks = tasks;
    this.loader = loader;
    this.examples = examples;
    this.recentFiles.setAll(settings.recentFiles());
    this.theme.set(settings.theme());
    theme.addListener(
        (o, a, t) -> {
          settings.setTheme(t);
          saveQuietly();
        });
    active.addListener(
        (o, a, doc) -> {
          // Only programs the emulator can run are given configurations; a big non-CloudABI
          // library would only cost a scan of its read-only data.
          if (doc instanceof BinaryDocument binary && binary.report().isRunnable()) {
            readKeyHints(binary);
          }
        });
  }

  public Configurations configurations() {
    return configurations;
  }

  /**
   * Decides whether a document may close (the window asks about unsaved changes); without one,
   * everything closes.
   */
  public void setCloseGuard(Predicate<WorkspaceItem> guard) {
    this.closeGuard = guard;
  }

  /** The configurations with unsaved changes. */
  public List<ConfigDocument> unsavedConfigurations() {
    return documents.stream()
        .filter(ConfigDocument.class::isInstance)
        .map(ConfigDocument.class::cast)
        .filter(ConfigDocument::isDirty)
        .toList();
  }

  /** File ▸ New configuration: an empty configuration in the designer. */
  public ConfigDocument newConfiguration() {
    ConfigDocument doc = configurations.create();
    documents.add(doc);
    active.set(doc);
    status.set("New configuration");
    return doc;
  }

  /** Opens the drafts a previous session left unsaved. */
  public void recover(List<Draft> drafts) {
    for (Draft draft : drafts) {
      try {
        ConfigDocument doc = configurations.recover(draft);
        documents.add(doc);
        active.set(doc);
        status.set("Recovered " + draft.title());
      } catch (java.io.IOException e) {
        errors.publish(ErrorReport.of("recover the unsaved configuration", draft.title(), e));
      }
    }
  }

  /** Writes a configuration to its file, or to {@code target} (Save As). */
  public boolean save(ConfigDocument doc, Optional<Path> target) {
    try {
      if (target.isPresent()) {
        doc.designer().saveAs(target.get());
        recentFiles.setAll(RecentFiles.add(recentFiles, doc.path()));
        settings.setRecentFiles(recentFiles);
        saveQuietly();
      } else {
        doc.designer().save();
      }
      status.set("Saved " + doc.path());
      return true;
    } catch (java.io.IOException | RuntimeException e) {
      status.set("Could not save " + doc.fileName());
      errors.publish(ErrorReport.of("save the configuration", doc.path().toString(), e));
      return false;
    }
  }

  private void readKeyHints(BinaryDocument binary) {
    tasks.submit(
        "Reading key hints of " + binary.fileName(),
        progress -> KeyHints.of(binary.fileName(), binary.elf()),
        hints -> configurations.keyHints().set(hints),
        error -> status.set("No key hints from " + binary.fileName() + ": " + error.getMessage()));
  }

  public ObservableList<WorkspaceItem> documents() {
    return documents;
  }

  public ObjectProperty<WorkspaceItem> active() {
    return active;
  }

  public ObservableList<Path> recentFiles() {
    return recentFiles;
  }

  public ObjectProperty<Theme> theme() {
    return theme;
  }

  public void toggleTheme() {
    theme.set(theme.get().other());
  }

  public ReadOnlyStringProperty status() {
    return status.getReadOnlyProperty();
  }

  public BackgroundTasks tasks() {
    return tasks;
  }

  /** Errors to show the user, one event each. */
  public EventBus<ErrorReport> errors() {
    return errors;
  }

  public List<Example> examples() {
    return examples.examples();
  }

  /**
   * Opens {@code path}: brings it to the front when it is open already, otherwise loads it in the
   * background. Returns the loading task, if one was started.
   */
  public Optional<Task<?>> open(Path path) {
    Path normal = path.toAbsolutePath().normalize();
    for (WorkspaceItem doc : documents) {
      if (doc.path().equals(normal)) {
        active.set(doc);
        return Optional.empty();
      }
    }
    status.set("Opening " + normal.getFileName() + "…");
    Task<? extends WorkspaceItem> task =
        Configurations.isConfig(normal)
            ? tasks.submit(
                "Opening " + normal.getFileName(),
                progress -> configurations.read(normal),
                doc -> opened(normal, configurations.attach(doc)),
                error -> failed(normal, error))
            : tasks.submit(
                "Opening " + normal.getFileName(),
                progress -> loader.load(normal, progress),
                doc -> opened(normal, doc),
                error -> failed(normal, error));
    task.addEventHandler(
        WorkerStateEvent.WORKER_STATE_CANCELLED,
        e -> status.set("Cancelled opening " + normal.getFileName()));
    return Optional.of(task);
  }

  public Optional<Task<?>> open(Example example) {
    try {
      return open(example.binary().get());
    } catch (java.io.UncheckedIOException e) {
      errors.publish(ErrorReport.of("open the example " + example.label(), example.name(), e));
      return Optional.empty();
    }
  }

  /**
   * The state the panels of an opened binary share (the highlighted bytes, the system calls of the
   * last run). Other parts of the app, such as the run panels, fill it through here.
   */
  public InspectorState inspectorState(BinaryDocument doc) {
    return inspectorStates.computeIfAbsent(doc, d -> new InspectorState());
  }

  /**
   * Closes a document (its tab and workspace entry) if the close guard agrees; returns whether it
   * closed.
   */
  public boolean close(WorkspaceItem doc) {
    if (!documents.contains(doc) || !closeGuard.test(doc)) {
      return false;
    }
    int index = documents.indexOf(doc);
    documents.remove(doc);
    if (doc instanceof BinaryDocument binary) {
      inspectorStates.remove(binary);
    }
    if (active.get() == doc) {
      active.set(documents.isEmpty() ? null : documents.get(Math.max(0, index - 1)));
    }
    status.set("Closed " + doc.fileName());
    return true;
  }

  public void clearRecentFiles() {
    recentFiles.clear();
    settings.setRecentFiles(List.of());
    saveQuietly();
  }

  public WindowBounds windowBounds() {
    return settings.windowBounds();
  }

  public List<Double> dividers() {
    return settings.dividers();
  }

  /** Remembers the window's bounds and split positions for the next session. */
  public void saveLayout(WindowBounds bounds, List<Double> dividers) {
    settings.setWindowBounds(bounds);
    settings.setDividers(dividers);
    saveQuietly();
  }

  private void opened(Path path, WorkspaceItem item) {
    documents.add(item);
    active.set(item);
    recentFiles.setAll(RecentFiles.add(recentFiles, path));
    settings.setRecentFiles(recentFiles);
    saveQuietly();
    status.set(
        item instanceof BinaryDocument doc
            ? "Opened "
                + doc.fileName()
                + ": "
                + doc.verdict()
                + String.format(" (%,d symbols)", doc.symbols().size())
            : "Opened the configuration " + item.fileName());
  }

  private void failed(Path path, Throwable error) {
    status.set("Could not open " + path.getFileName());
    errors.publish(LoadErrors.of(path, error));
  }

  private void saveQuietly() {
    try {
      settings.save();
    } catch (java.io.UncheckedIOException e) {
      status.set("Settings not saved: " + e.getMessage());
    }
  }
}
