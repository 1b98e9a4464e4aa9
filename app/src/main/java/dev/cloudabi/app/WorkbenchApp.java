package dev.cloudabi.app;

import dev.cloudabi.app.binary.BinaryLoader;
import dev.cloudabi.app.errors.ErrorReport;
import dev.cloudabi.app.examples.ExampleCatalog;
import dev.cloudabi.app.services.DisassemblerService;
import dev.cloudabi.app.services.EmulatorSyscalls;
import dev.cloudabi.app.services.Services;
import dev.cloudabi.app.settings.RecoveryDirectory;
import dev.cloudabi.app.settings.SettingsStore;
import dev.cloudabi.app.settings.WorkbenchSettings;
import dev.cloudabi.app.shell.MainWindow;
import dev.cloudabi.app.shell.MainWindowViewModel;
import dev.cloudabi.app.tasks.BackgroundTasks;
import dev.cloudabi.app.workspace.Configurations;
import dev.cloudabi.designer.document.RecoveryJournal;
import dev.cloudabi.elf.ElfParseLimits;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: the composition root that builds the services and the main window. */
public final class WorkbenchApp extends Application {
  public static final String TITLE = MainWindow.TITLE;

  /** How long an edit may wait before it is journaled for crash recovery. */
  private static final Duration JOURNAL_DELAY = Duration.ofMillis(250);

  private BackgroundTasks tasks;
  private MainWindow window;
  private ScheduledExecutorService journalWriter;
  private Configurations configurations;

  @Override
  public void start(Stage stage) {
    tasks = new BackgroundTasks();
    WorkbenchSettings settings =
        new WorkbenchSettings(SettingsStore.open(SettingsStore.defaultFile()));
    DisassemblerService disassembler = new DisassemblerService();
    journalWriter =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "workbench-recovery-journal");
              t.setDaemon(true);
              return t;
            });
    configurations =
        new Configurations(
            Optional.of(
                new RecoveryJournal(
                    RecoveryDirectory.defaultDir(),
                    journalWriter,
                    JOURNAL_DELAY,
                    Clock.systemUTC(),
                    error ->
                        Platform.runLater(
                            () ->
                                window
                                    .model()
                                    .errors()
                                    .publish(
                                        ErrorReport.of(
                                            "keep unsaved changes for recovery",
                                            RecoveryDirectory.defaultDir().toString(),
                                            error))))));
    Services services = new Services(tasks, disassembler, EmulatorSyscalls.fromEmulator());
    MainWindowViewModel model =
        new MainWindowViewModel(
            settings,
            tasks,
            new BinaryLoader(ElfParseLimits.defaults(), disassembler::get),
            ExampleCatalog.locate(),
            configurations);
    window = new MainWindow(stage, model, services);
    window.show();
    // A bug in a view must not take the window down: report it like any other error.
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, error) ->
            Platform.runLater(
                () ->
                    model
                        .errors()
                        .publish(
                            ErrorReport.of(
                                "finish an action", "thread " + thread.getName(), error))));
    for (String arg :
        getParameters() == null ? java.util.List.<String>of() : getParameters().getRaw()) {
      model.open(java.nio.file.Path.of(arg));
    }
  }

  /**
   * The main window's view model (for the UI tests and for opening files given on the command
   * line).
   */
  public MainWindowViewModel model() {
    return window.model();
  }

  @Override
  public void stop() {
    if (configurations != null) {
      configurations.flush();
    }
    if (journalWriter != null) {
      journalWriter.shutdown();
    }
    if (tasks != null) {
      tasks.close();
    }
  }
}
