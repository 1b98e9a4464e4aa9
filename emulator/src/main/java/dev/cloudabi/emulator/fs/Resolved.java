package dev.cloudabi.emulator.fs;

import dev.cloudabi.emulator.fd.DirectoryObject;
import java.util.List;

/**
 * The outcome of resolving a path: the directory the last component lives in and that component
 * ({@code "."} when the path named the directory itself; a trailing slash is kept so the final
 * operation fails with ENOTDIR on non-directories). Closing it closes the directories the resolver
 * opened on the way (never the starting one).
 */
public final class Resolved implements AutoCloseable {
  private final DirectoryObject directory;
  private final String name;
  private final List<DirectoryObject> opened;

  Resolved(DirectoryObject directory, String name, List<DirectoryObject> opened) {
    this.directory = directory;
    this.name = name;
    this.opened = List.copyOf(opened);
  }

  public DirectoryObject directory() {
    return directory;
  }

  public String name() {
    return name;
  }

  @Override
  public void close() {
    PathResolver.closeAll(opened);
  }
}
