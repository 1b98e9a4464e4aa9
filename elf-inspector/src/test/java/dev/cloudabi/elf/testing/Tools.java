package dev.cloudabi.elf.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the LLVM 14 tools the tests compare against (provisioned by scripts/setup). */
public final class Tools {
  public static final String CLANG = "clang-14";
  public static final String READELF = "llvm-readelf-14";

  private Tools() {}

  /** Runs a command and returns its standard output; fails with its stderr when it fails. */
  public static String run(List<String> command) {
    try {
      Path err = Files.createTempFile("elf-tool", ".err");
      try {
        Process p =
            new ProcessBuilder(command)
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new IllegalStateException("timed out: " + command);
        }
        if (p.exitValue() != 0) {
          throw new IllegalStateException(
              command + " exited with " + p.exitValue() + ": " + Files.readString(err));
        }
        return new String(out, StandardCharsets.UTF_8);
      } finally {
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new IllegalStateException(
          "could not run " + command.get(0) + " (run scripts/setup to install LLVM 14): " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
