package dev.cloudabi.emulator.host;

import dev.cloudabi.emulator.abi.FileType;
import dev.cloudabi.emulator.fd.DirectoryObject;
import java.nio.file.Path;

/** A host directory capability (used by the file system calls of a later issue). */
public final class HostDirectory implements DirectoryObject {
  private final Path path;

  HostDirectory(Path path) {
    this.path = path;
  }

  /** The host directory; only this package resolves paths beneath it. */
  Path path() {
    return path;
  }

  @Override
  public FileType type() {
    return FileType.DIRECTORY;
  }

  @Override
  public void close() {}
}
