package dev.cloudabi.emulator.fd;

import java.io.IOException;
import java.util.List;

/**
 * A directory capability. Every method works on one name directly inside this directory: a single
 * path component ({@code "."} for the directory itself), possibly with a trailing slash, never
 * containing another slash. Names are never followed when they are symbolic links; the path
 * resolver ({@code dev.cloudabi.emulator.fs}) walks paths component by component and expands links
 * itself. Failures are {@link dev.cloudabi.emulator.abi.ErrnoException}s with CloudABI errno
 * values.
 */
public non-sealed interface DirectoryObject extends GuestObject {
  /**
   * Opens subdirectory {@code name} for the resolver: ELOOP when it is a symbolic link, ENOTDIR
   * when it is something else. The caller closes the result.
   */
  DirectoryObject openDirectory(String name) throws IOException;

  /** The text of symbolic link {@code name}; EINVAL when it is not one. */
  String readlink(String name) throws IOException;

  /** Opens (or creates) {@code name}: a file, or a directory; ELOOP on a symbolic link. */
  GuestObject open(String name, OpenMode mode) throws IOException;

  void createDirectory(String name) throws IOException;

  /** Creates symbolic link {@code name} holding {@code target} verbatim. */
  void symlink(String target, String name) throws IOException;

  /** Hard link: {@code target/targetName} becomes another name of {@code name}. */
  void link(String name, DirectoryObject target, String targetName) throws IOException;

  void rename(String name, DirectoryObject target, String targetName) throws IOException;

  /** Removes a directory when {@code directory}, otherwise a non-directory. */
  void unlink(String name, boolean directory) throws IOException;

  /** Status of {@code name} itself (not followed). */
  FileStat stat(String name) throws IOException;

  void setTimes(String name, TimeUpdate times) throws IOException;

  /** Status of this directory. */
  FileStat stat() throws IOException;

  void setTimes(TimeUpdate times) throws IOException;

  /** The current entries, {@code "."} and {@code ".."} first, for {@code file_readdir}. */
  List<DirEntry> entries() throws IOException;

  /**
   * True when {@code other} lives in the same file system, so links and renames between the two are
   * possible (otherwise EXDEV).
   */
  boolean sameFileSystem(DirectoryObject other);
}
