package dev.cloudabi.app.shell;

import dev.cloudabi.app.errors.ErrorDialog;
import dev.cloudabi.app.services.Services;
import dev.cloudabi.app.settings.WindowBounds;
import dev.cloudabi.app.ui.Css;
import dev.cloudabi.app.ui.Themes;
import dev.cloudabi.app.workspace.ConfigDocument;
import dev.cloudabi.designer.document.Draft;
import java.io.File;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window: menu and tool bar, the workspace on the left, the binaries' tabs in the centre,
 * the run panels' area below, and the status bar. It remembers its size, layout and theme.
 */
public final class MainWindow {
  public static final String TITLE = "CloudABI Workbench";
  public static final String RUN_AREA_ID = "run-area";
  public static final String ROOT_ID = "main-root";

  /** What the menu and tool bar can ask the window to do. */
  interface Actions {
    void openFile();

    void openExample();

    void quit();

    void about();

    void newConfiguration();

    void save();

    void saveAs();

    void closeActive();
  }

  private final Stage stage;
  private final MainWindowViewModel model;
  private final Services services;
  private SplitPane horizontal;
  private SplitPane vertical;
  private UnsavedChanges unsaved;

  public MainWindow(Stage stage, MainWindowViewModel model, Services services) {
    this.stage = stage;
    this.model = model;
    this.services = services;
  }

  public MainWindowViewModel model() {
    return model;
  }

  public void show() {
    Actions actions =
        new Actions() {
          @Override
          public void openFile() {
            chooseAndOpen();
          }

          @Override
          public void openExample() {
            ExampleDialog.choose(stage, model.examples()).ifPresent(model::open);
          }

          @Override
          public void quit() {
            if (unsaved.confirmClose(model.unsavedConfigurations())) {
              saveLayout();
              stage.close();
            }
          }

          @Override
          public void newConfiguration() {
            model.newConfiguration();
          }

          @Override
          public void save() {
            if (model.active().get() instanceof ConfigDocument doc) {
              unsaved.save(doc);
            }
          }

          @Override
          public void saveAs() {
            if (model.active().get() instanceof ConfigDocument doc) {
              unsaved.saveAs(doc);
            }
          }

          @Override
          public void closeActive() {
            if (model.active().get() != null) {
              model.close(model.active().get());
            }
          }

          @Override
          public void about() {
            Alert alert = new Alert(Alert.AlertType.INFORMATION);
            alert.initOwner(stage);
            alert.setTitle("About");
            alert.setHeaderText(TITLE);
            alert.setContentText(
                "An IDE and sandbox for CloudABI programs: inspect, configure and run them.");
            alert.show();
          }
        };

    unsaved = new UnsavedChanges(stage, model);
    model.setCloseGuard(
        doc -> !(doc instanceof ConfigDocument config) || unsaved.confirmClose(List.of(config)));
    BorderPane root = new BorderPane();
    root.setId(ROOT_ID);
    VBox top = new VBox(new MainMenu(model, actions), toolBar(actions));
    List<Draft> drafts = model.configurations().drafts();
    if (!drafts.isEmpty()) {
      top.getChildren()
          .add(
              new RecoveryBanner(
                  model,
                  drafts,
                  () -> top.getChildren().removeIf(RecoveryBanner.class::isInstance)));
    }
    root.setTop(top);
    Label runPlaceholder =
        new Label(
            "Run panels: system calls, descriptors and output appear here when a program runs");
    runPlaceholder.getStyleClass().add(Css.PLACEHOLDER);
    Label runTitle = new Label("Run");
    runTitle.getStyleClass().add(Css.PANE_TITLE);
    VBox runArea = new VBox(runTitle, new StackPane(runPlaceholder));
    runArea.setId(RUN_AREA_ID);
    runArea.getStyleClass().add(Css.RUN_AREA);
    vertical = new SplitPane(new DocumentTabs(model, services), runArea);
    vertical.setOrientation(Orientation.VERTICAL);
    horizontal = new SplitPane(new WorkspaceView(model), vertical);
    SplitPane.setResizableWithParent(horizontal.getItems().get(0), false);
    SplitPane.setResizableWithParent(runArea, false);
    List<Double> dividers = model.dividers();
    horizontal.setDividerPositions(dividers.size() == 2 ? dividers.get(0) : 0.15);
    vertical.setDividerPositions(dividers.size() == 2 ? dividers.get(1) : 0.8);
    root.setCenter(horizontal);
    root.setBottom(new StatusBar(model.status(), model.tasks()));

    WindowBounds bounds = model.windowBounds();
    Scene scene = new Scene(root, bounds.width(), bounds.height());
    scene.getStylesheets().add(MainWindow.class.getResource(Css.STYLESHEET).toExternalForm());
    scene.setOnDragOver(this::dragOver);
    scene.setOnDragDropped(this::dragDropped);
    Themes.apply(model.theme().get());
    model.theme().addListener((o, a, t) -> Themes.apply(t));
    model
        .errors()
        .subscribe(dev.cloudabi.app.errors.ErrorReport.class, r -> ErrorDialog.show(stage, r));
    stage.setTitle(TITLE);
    stage.setScene(scene);
    stage.setWidth(bounds.width());
    stage.setHeight(bounds.height());
    if (!Double.isNaN(bounds.x()) && !Double.isNaN(bounds.y())) {
      stage.setX(bounds.x());
      stage.setY(bounds.y());
    }
    stage.setMaximized(bounds.maximized());
    stage.setOnCloseRequest(
        e -> {
          if (unsaved.confirmClose(model.unsavedConfigurations())) {
            saveLayout();
          } else {
            e.consume();
          }
        });
    model
        .active()
        .addListener(
            (o, a, doc) -> stage.setTitle(doc == null ? TITLE : doc.fileName() + " — " + TITLE));
    stage.show();
  }

  private ToolBar toolBar(Actions actions) {
    Button open = new Button("Open", new FontIcon(Feather.FOLDER));
    open.setId("toolbar-open");
    open.setTooltip(new Tooltip("Open an ELF binary (Ctrl+O)"));
    open.setOnAction(e -> actions.openFile());
    Button example = new Button("Open example…", new FontIcon(Feather.BOOK_OPEN));
    example.setId("toolbar-open-example");
    example.setTooltip(new Tooltip("Open one of the prebuilt example programs"));
    example.setOnAction(e -> actions.openExample());
    Button newConfig = new Button("New configuration", new FontIcon(Feather.FILE_PLUS));
    newConfig.setId("toolbar-new-config");
    newConfig.setTooltip(new Tooltip("Compose a new cloudabi-run configuration (Ctrl+N)"));
    newConfig.setOnAction(e -> actions.newConfiguration());
    Button theme = new Button(null, new FontIcon(Feather.MOON));
    theme.setId("toolbar-theme");
    theme.setTooltip(new Tooltip("Switch between the light and dark theme"));
    theme.setOnAction(e -> model.toggleTheme());
    return new ToolBar(open, example, newConfig, theme);
  }

  private void chooseAndOpen() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open a CloudABI binary or launch configuration");
    if (!model.recentFiles().isEmpty() && model.recentFiles().get(0).getParent() != null) {
      File dir = model.recentFiles().get(0).getParent().toFile();
      if (dir.isDirectory()) {
        chooser.setInitialDirectory(dir);
      }
    }
    List<File> files = chooser.showOpenMultipleDialog(stage);
    if (files != null) {
      files.forEach(f -> model.open(f.toPath()));
    }
  }

  private void dragOver(DragEvent e) {
    if (e.getDragboard().hasFiles()) {
      e.acceptTransferModes(TransferMode.COPY);
    }
    e.consume();
  }

  private void dragDropped(DragEvent e) {
    boolean ok = e.getDragboard().hasFiles();
    if (ok) {
      List<File> files = List.copyOf(e.getDragboard().getFiles());
      Platform.runLater(() -> files.forEach(f -> model.open(f.toPath())));
    }
    e.setDropCompleted(ok);
    e.consume();
  }

  private void saveLayout() {
    boolean maximized = stage.isMaximized();
    WindowBounds bounds =
        new WindowBounds(
            stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), maximized);
    model.saveLayout(
        bounds, List.of(horizontal.getDividerPositions()[0], vertical.getDividerPositions()[0]));
  }
}
