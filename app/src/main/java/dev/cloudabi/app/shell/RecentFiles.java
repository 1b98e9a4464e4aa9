package dev.cloudabi.app.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The most-recently-opened list: newest first, no duplicates, at most {@link #MAX} entries. */
public final class RecentFiles {
  public static final int MAX = 10;

  private RecentFiles() {}

  public static List<Path> add(List<Path> current, Path opened) {
    Path normal = opened.toAbsolutePath().normalize();
    List<Path> out = new ArrayList<>();
    out.add(normal);
    for (Path p : current) {
      if (!p.toAbsolutePath().normalize().equals(normal) && out.size() < MAX) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }
}
