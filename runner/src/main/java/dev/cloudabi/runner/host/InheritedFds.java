package dev.cloudabi.runner.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Facts about descriptors the JVM inherited from its parent, read from {@code /proc/self/fdinfo}.
 */
final class InheritedFds {
  private static final int O_ACCMODE = 3;
  private static final int O_WRONLY = 1;
  private static final int O_RDWR = 2;

  private InheritedFds() {}

  /**
   * Whether the shell opened descriptor {@code fd} for writing ({@code 3> file}, {@code 3<> x}).
   */
  static boolean isWritable(int fd) throws java.io.IOException {
    Path info = Path.of("/proc/self/fdinfo/" + fd);
    if (!Files.exists(info)) {
      throw new IOException("Bad file descriptor (not open in the launcher)");
    }
    for (String line : Files.readAllLines(info)) {
      if (line.startsWith("flags:")) {
        int flags = Integer.parseInt(line.substring("flags:".length()).trim(), 8);
        int mode = flags & O_ACCMODE;
        return mode == O_WRONLY || mode == O_RDWR;
      }
    }
    return false;
  }
}
