package dev.cloudabi.emulator.fs;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.fd.DirectoryObject;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Resolves a guest path beneath a directory capability one component at a time (ABI §9), never
 * lexically and never leaving the start directory: every intermediate directory is opened through
 * the previous one without following links, symbolic links are read and their text is walked with
 * the same rules, {@code ..} pops a directory the walk itself opened. Absolute paths, and {@code
 * ..} or link targets that would leave the start, fail with ENOTCAPABLE and an explanation.
 */
public final class PathResolver {
  /** Symbolic links expanded in one resolution before ELOOP. */
  public static final int MAX_EXPANSIONS = 128;

  /** Link expansions pending at once (nested in unfinished paths) before ELOOP. */
  public static final int MAX_PENDING = 32;

  /** Directories deep (the start counts) before ENAMETOOLONG. */
  public static final int MAX_DEPTH = 128;

  private PathResolver() {}

  /** What to resolve: the path, whether to follow a final link, and whether a final name is due. */
  public record Request(long fd, String path, boolean follow, boolean needsFinalName) {}

  /** One path text being walked: the guest's path or a link's text. */
  private static final class Cursor {
    final String text;
    final String link;
    int position;

    Cursor(String text, String link) {
      this.text = text;
      this.link = link;
    }

    boolean exhausted() {
      return position >= text.length();
    }
  }

  /** Walks {@code request.path()} beneath {@code start}. */
  public static Resolved resolve(DirectoryObject start, Request request) throws IOException {
    String path = request.path();
    if (path.indexOf('\0') >= 0) {
      throw new ErrnoException(Errno.EILSEQ, "path contains a NUL byte");
    }
    Deque<DirectoryObject> dirs = new ArrayDeque<>();
    dirs.push(start);
    Deque<Cursor> pending = new ArrayDeque<>();
    pending.push(new Cursor(path, null));
    int expansions = 0;
    try {
      while (true) {
        Cursor cursor = pending.peek();
        int end = cursor.text.indexOf('/', cursor.position);
        if (end < 0) {
          end = cursor.text.length();
        }
        String component = cursor.text.substring(cursor.position, end);
        boolean slash = end < cursor.text.length();
        int next = end;
        while (next < cursor.text.length() && cursor.text.charAt(next) == '/') {
          next++;
        }
        cursor.position = next;
        if (component.isEmpty()) {
          throw slash ? escape(request, cursor, "is absolute") : emptyPath(cursor);
        }
        boolean last = pending.size() == 1 && cursor.exhausted();
        String link = null;
        if (component.equals(".")) {
          // Stays in the current directory.
        } else if (component.equals("..")) {
          if (dirs.size() == 1) {
            throw escape(request, cursor, "uses '..' to leave the directory");
          }
          dirs.pop().close();
        } else if (!last || (slash && !request.needsFinalName())) {
          link = enterOrReadLink(dirs, component);
        } else {
          if (slash || request.follow()) {
            link = readLinkOrNull(dirs.peek(), component);
          }
          if (link == null) {
            return finish(dirs, slash ? component + "/" : component);
          }
        }
        if (link != null) {
          if (++expansions >= MAX_EXPANSIONS) {
            throw new ErrnoException(Errno.ELOOP, "too many symbolic links in " + quote(path));
          }
          if (cursor.exhausted()) {
            pending.pop();
          } else if (pending.size() == MAX_PENDING) {
            throw new ErrnoException(Errno.ELOOP, "symbolic links nested too deeply");
          }
          pending.push(new Cursor(slash ? link + "/" : link, component));
          continue;
        }
        if (cursor.exhausted()) {
          if (pending.size() == 1) {
            return finish(dirs, ".");
          }
          pending.pop();
        }
      }
    } catch (RuntimeException | IOException e) {
      dirs.removeLast();
      closeAll(new ArrayList<>(dirs));
      throw e;
    }
  }

  /** Opens directory {@code name}, or returns its link text when it is a symbolic link. */
  private static String enterOrReadLink(Deque<DirectoryObject> dirs, String name)
      throws IOException {
    DirectoryObject child;
    try {
      child = dirs.peek().openDirectory(name);
    } catch (ErrnoException e) {
      if (e.errno() != Errno.ELOOP && e.errno() != Errno.ENOTDIR && e.errno() != Errno.EMLINK) {
        throw e;
      }
      String link = readLinkOrNull(dirs.peek(), name);
      if (link == null) {
        throw e.errno() == Errno.EMLINK ? new ErrnoException(Errno.ELOOP, name) : e;
      }
      return link;
    }
    if (dirs.size() >= MAX_DEPTH) {
      child.close();
      throw new ErrnoException(Errno.ENAMETOOLONG, "path is more than " + MAX_DEPTH + " deep");
    }
    dirs.push(child);
    return null;
  }

  /** The text of link {@code name}, or null when it is not a link (or does not exist). */
  private static String readLinkOrNull(DirectoryObject dir, String name) throws IOException {
    try {
      return dir.readlink(name);
    } catch (ErrnoException e) {
      if (e.errno() == Errno.EINVAL || e.errno() == Errno.ENOENT) {
        return null;
      }
      throw e;
    }
  }

  private static Resolved finish(Deque<DirectoryObject> dirs, String name) {
    List<DirectoryObject> opened = new ArrayList<>(dirs);
    opened.removeLast();
    return new Resolved(dirs.peek(), name, opened);
  }

  private static ErrnoException escape(Request request, Cursor cursor, String how) {
    String where =
        cursor.link == null
            ? "path " + quote(request.path())
            : "symbolic link " + quote(cursor.link) + " -> " + quote(cursor.text);
    return new ErrnoException(
        Errno.ENOTCAPABLE,
        where + " " + how + " of descriptor " + request.fd() + " (paths stay beneath it)");
  }

  private static ErrnoException emptyPath(Cursor cursor) {
    return new ErrnoException(
        Errno.ENOENT,
        cursor.link == null ? "empty path" : "symbolic link " + quote(cursor.link) + " is empty");
  }

  private static String quote(String text) {
    return "'" + text + "'";
  }

  static void closeAll(List<DirectoryObject> dirs) {
    for (DirectoryObject dir : dirs) {
      try {
        dir.close();
      } catch (IOException | RuntimeException ignored) {
        // Closing a directory handle the walk opened; nothing the guest could act on.
      }
    }
  }
}
