package dev.cloudabi.runner.cli;

import java.io.PrintStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cloudabi}: the Workbench's tools that are not upstream's launcher. */
@Command(
    name = "cloudabi",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "CloudABI Workbench tools.")
public final class CloudabiMain {
  private CloudabiMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cli =
        new CommandLine(new CloudabiMain()).addSubcommand("inspect", new InspectCommand(out));
    cli.setOut(new java.io.PrintWriter(out, true));
    cli.setErr(new java.io.PrintWriter(err, true));
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          err.println("cloudabi: " + e.getMessage());
          return InspectCommand.UNREADABLE;
        });
    return cli.execute(args);
  }
}
