package dev.cloudabi.app.workspace;

import java.nio.file.Path;

/** Something opened in the workspace: a binary or a launch configuration. */
public interface WorkspaceItem {
  Path path();

  default String fileName() {
    Path name = path().getFileName();
    return name == null ? path().toString() : name.toString();
  }
}
