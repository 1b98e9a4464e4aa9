package dev.cloudabi.app.workspace;

import dev.cloudabi.designer.view.DesignerViewModel;
import java.nio.file.Path;
import javafx.beans.Observable;

/**
 * An opened {@code cloudabi-run} configuration, edited in the YAML designer. Its file can change
 * (Save As) and it may have none yet (a new configuration).
 */
public final class ConfigDocument implements WorkspaceItem {
  private final DesignerViewModel designer;

  public ConfigDocument(DesignerViewModel designer) {
    this.designer = designer;
  }

  public DesignerViewModel designer() {
    return designer;
  }

  /** The file, or for a configuration never saved a relative name that matches no file. */
  @Override
  public Path path() {
    Path file = designer.path().get();
    return file != null ? file : Path.of(designer.title().get().replace("*", ""));
  }

  /** Save As changes the path; an untitled configuration's name comes from its title. */
  @Override
  public Observable[] nameDependencies() {
    return new Observable[] {designer.path(), designer.title()};
  }

  public boolean isUntitled() {
    return designer.path().get() == null;
  }

  public boolean isDirty() {
    return designer.dirty().get();
  }
}
