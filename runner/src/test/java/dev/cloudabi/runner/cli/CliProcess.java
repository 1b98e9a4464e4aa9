package dev.cloudabi.runner.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command-line tool of ours in a child JVM, as a shell would: standard input from a file,
 * extra launcher descriptors opened by shell redirections such as {@code 3< input.txt}.
 */
final class CliProcess {
  record Result(int status, byte[] stdout, String stderr) {
    String text() {
      return new String(stdout, StandardCharsets.UTF_8);
    }
  }

  private CliProcess() {}

  /**
   * @param redirections shell redirections appended to the command, e.g. {@code 3< '/tmp/in'}
   */
  static Result run(
      Class<?> mainClass,
      List<String> args,
      Path stdin,
      List<String> redirections,
      int timeoutSeconds)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-Xss4m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(args);
    StringBuilder script = new StringBuilder("exec");
    for (String word : command) {
      script.append(' ').append(quote(word));
    }
    redirections.forEach(r -> script.append(' ').append(r));
    Path out = Files.createTempFile("cli-out", ".bin");
    Path err = Files.createTempFile("cli-err", ".txt");
    try {
      Process process =
          new ProcessBuilder("bash", "-c", script.toString())
              .redirectInput(stdin.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError(
            mainClass.getSimpleName() + " " + args + " did not end in " + timeoutSeconds + " s");
      }
      return new Result(process.exitValue(), Files.readAllBytes(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
