package dev.cloudabi.app.shell;

import dev.cloudabi.app.examples.Example;
import dev.cloudabi.app.settings.Theme;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The menu bar: File (new configuration, open, examples, recent files, save, close, quit), View
 * (theme), Help.
 */
final class MainMenu extends MenuBar {
  static final String RECENT_ID = "menu-recent";

  MainMenu(MainWindowViewModel model, MainWindow.Actions actions) {
    MenuItem open = new MenuItem("Open…", new FontIcon(Feather.FOLDER));
    open.setId("menu-open");
    open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
    open.setOnAction(e -> actions.openFile());
    MenuItem openExample = new MenuItem("Open example…", new FontIcon(Feather.BOOK_OPEN));
    openExample.setId("menu-open-example");
    openExample.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+O"));
    openExample.setOnAction(e -> actions.openExample());
    // Examples ▸ <name> ▸ <architecture>
    Menu examples = new Menu("Examples");
    java.util.Map<String, Menu> byName = new java.util.LinkedHashMap<>();
    for (Example example : model.examples()) {
      Menu perName =
          byName.computeIfAbsent(
              example.name(),
              n -> {
                Menu m = new Menu(n);
                m.setMnemonicParsing(false);
                examples.getItems().add(m);
                return m;
              });
      MenuItem item = new MenuItem(example.arch());
      item.setMnemonicParsing(false);
      item.setOnAction(e -> model.open(example));
      perName.getItems().add(item);
    }
    examples.setDisable(examples.getItems().isEmpty());
    Menu recent = new Menu("Open recent");
    recent.setId(RECENT_ID);
    fillRecent(recent, model);
    model.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent(recent, model));
    MenuItem close = new MenuItem("Close tab");
    close.setId("menu-close");
    close.setAccelerator(KeyCombination.keyCombination("Shortcut+W"));
    close.setOnAction(e -> actions.closeActive());
    MenuItem newConfig = new MenuItem("New configuration", new FontIcon(Feather.FILE_PLUS));
    newConfig.setId("menu-new-config");
    newConfig.setAccelerator(KeyCombination.keyCombination("Shortcut+N"));
    newConfig.setOnAction(e -> actions.newConfiguration());
    MenuItem save = new MenuItem("Save", new FontIcon(Feather.SAVE));
    save.setId("menu-save");
    save.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
    save.setOnAction(e -> actions.save());
    MenuItem saveAs = new MenuItem("Save as…");
    saveAs.setId("menu-save-as");
    saveAs.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+S"));
    saveAs.setOnAction(e -> actions.saveAs());
    model
        .active()
        .addListener(
            (o, a, doc) -> {
              boolean config = doc instanceof dev.cloudabi.app.workspace.ConfigDocument;
              save.setDisable(!config);
              saveAs.setDisable(!config);
            });
    save.setDisable(true);
    saveAs.setDisable(true);
    MenuItem quit = new MenuItem("Quit");
    quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
    quit.setOnAction(e -> actions.quit());
    Menu file =
        new Menu(
            "File",
            null,
            newConfig,
            open,
            openExample,
            examples,
            recent,
            new SeparatorMenuItem(),
            save,
            saveAs,
            new SeparatorMenuItem(),
            close,
            new SeparatorMenuItem(),
            quit);

    CheckMenuItem dark = new CheckMenuItem("Dark theme");
    dark.setId("menu-dark-theme");
    dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+T"));
    dark.setSelected(model.theme().get() == Theme.DARK);
    dark.setOnAction(e -> model.theme().set(dark.isSelected() ? Theme.DARK : Theme.LIGHT));
    model.theme().addListener((o, a, t) -> dark.setSelected(t == Theme.DARK));
    Menu view = new Menu("View", null, dark);

    MenuItem about = new MenuItem("About CloudABI Workbench");
    about.setOnAction(e -> actions.about());
    Menu help = new Menu("Help", null, about);
    getMenus().setAll(file, view, help);
  }

  private static void fillRecent(Menu recent, MainWindowViewModel model) {
    recent.getItems().clear();
    for (Path path : model.recentFiles()) {
      MenuItem item = new MenuItem(path.toString());
      item.setMnemonicParsing(false);
      item.setOnAction(e -> model.open(path));
      recent.getItems().add(item);
    }
    if (!model.recentFiles().isEmpty()) {
      MenuItem clear = new MenuItem("Clear list");
      clear.setOnAction(e -> model.clearRecentFiles());
      recent.getItems().addAll(new SeparatorMenuItem(), clear);
    }
    recent.setDisable(model.recentFiles().isEmpty());
  }
}
