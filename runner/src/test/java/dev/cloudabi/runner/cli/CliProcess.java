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
 * extra launcher descriptors opened by shell redirections such as {@code 3< input.txt}, or by a
 * prefix command such as {@link FdHarness} that places sockets and then execs the tool.
 */
final class CliProcess {
  record Result(int status, byte[] stdout, String stderr) {
    String text() {
      return new String(stdout, StandardCharsets.UTF_8);
    }
  }

  private CliProcess() {}

  static Result run(
      Class<?> mainClass,
      List<String> args,
      Path stdin,
      List<String> redirections,
      int timeoutSeconds)
      throws IOException, InterruptedException {
    return run(List.of(), mainClass, args, stdin, redirections, timeoutSeconds);
  }

  /**
   * @param prefix words run before the JVM, which must exec it (empty for none)
   * @param redirections shell redirections appended to the command, e.g. {@code 3< '/tmp/in'}
   */
  static Result run(
      List<String> prefix,
      Class<?> mainClass,
      List<String> args,
      Path stdin,
      List<String> redirections,
      int timeoutSeconds)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("cli-out", ".bin");
    Path err = Files.createTempFile("cli-err", ".txt");
    try {
      Process process =
          new ProcessBuilder("bash", "-c", script(prefix, mainClass, args, redirections))
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

  /** The tool's JVM command line, as a child of this test JVM would run it. */
  static List<String> javaCommand(Class<?> mainClass, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-Xss4m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(args);
    return command;
  }

  private static String script(
      List<String> prefix, Class<?> mainClass, List<String> args, List<String> redirections) {
    StringBuilder script = new StringBuilder("exec");
    for (String word : prefix) {
      script.append(' ').append(quote(word));
    }
    for (String word : javaCommand(mainClass, args)) {
      script.append(' ').append(quote(word));
    }
    redirections.forEach(r -> script.append(' ').append(r));
    return script.toString();
  }

  static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
