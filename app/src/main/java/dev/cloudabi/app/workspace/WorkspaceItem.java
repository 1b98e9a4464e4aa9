package dev.cloudabi.app.workspace;

import java.nio.file.Path;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Something opened in the workspace: a binary or a launch configuration. */
public interface WorkspaceItem {
  Path path();

  default String fileName() {
    Path name = path().getFileName();
    return name == null ? path().toString() : name.toString();
  }

  /** What {@link #path()} and {@link #fileName()} follow; none for an item that never moves. */
  default Observable[] nameDependencies() {
    return new Observable[0];
  }

  /**
   * A list of items that reports an update when an item's name changes (a configuration saved under
   * a new name), so views of the list show the new name.
   */
  static ObservableList<WorkspaceItem> observableList() {
    return FXCollections.observableArrayList(WorkspaceItem::nameDependencies);
  }
}
