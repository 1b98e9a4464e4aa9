package dev.cloudabi.app.shell;

import dev.cloudabi.app.workspace.ConfigDocument;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks before unsaved configurations are closed, and saves them (choosing a file if needed). */
final class UnsavedChanges {
  static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
  static final ButtonType DISCARD = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
  static final String DIALOG_ID = "unsaved-changes";

  private final Window owner;
  private final MainWindowViewModel model;

  UnsavedChanges(Window owner, MainWindowViewModel model) {
    this.owner = owner;
    this.model = model;
  }

  /**
   * True when {@code documents} may close: nothing unsaved, or the user saved or discarded it;
   * false when the user cancelled (or a save failed).
   */
  boolean confirmClose(List<ConfigDocument> documents) {
    List<ConfigDocument> unsaved = documents.stream().filter(ConfigDocument::isDirty).toList();
    if (unsaved.isEmpty()) {
      return true;
    }
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
    alert.initOwner(owner);
    alert.setTitle("Unsaved changes");
    alert.setHeaderText(
        "Save the changes to "
            + unsaved.stream().map(ConfigDocument::fileName).collect(Collectors.joining(", "))
            + "?");
    alert.setContentText("Your changes are lost if you don't save them.");
    alert.getDialogPane().setId(DIALOG_ID);
    alert.getButtonTypes().setAll(SAVE, DISCARD, ButtonType.CANCEL);
    ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
    if (answer == SAVE) {
      return unsaved.stream().allMatch(this::save);
    }
    if (answer == DISCARD) {
      unsaved.forEach(doc -> doc.designer().discardChanges());
      return true;
    }
    return false;
  }

  /** Saves to the document's file, asking for one if it has none. */
  boolean save(ConfigDocument doc) {
    if (doc.isUntitled()) {
      return saveAs(doc);
    }
    return model.save(doc, Optional.empty());
  }

  boolean saveAs(ConfigDocument doc) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Save the configuration");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("YAML", "*.yaml", "*.yml"));
    if (!doc.isUntitled()) {
      Path parent = doc.path().getParent();
      if (parent != null && parent.toFile().isDirectory()) {
        chooser.setInitialDirectory(parent.toFile());
      }
      chooser.setInitialFileName(doc.fileName());
    } else {
      chooser.setInitialFileName("config.yaml");
    }
    File file = chooser.showSaveDialog(owner);
    return file != null && model.save(doc, Optional.of(file.toPath()));
  }
}
