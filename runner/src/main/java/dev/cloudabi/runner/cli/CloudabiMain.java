package dev.cloudabi.runner.cli;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * {@code cloudabi}: the Workbench's tools that are not upstream's launcher. Its few arguments are
 * parsed by hand, not with picocli (ADR 0014): picocli is compiled for Java 5, so no class-data
 * archive can hold it, and loading it cost more start-up time than inspecting a big library.
 */
public final class CloudabiMain {
  /** Bad arguments (picocli's status for usage errors, which the other tools keep). */
  static final int USAGE = 2;

  static final String HELP =
      """
      Usage: cloudabi [-hV] [COMMAND]
      CloudABI Workbench tools.
        -h, --help      Show this help message and exit.
        -V, --version   Print version information and exit.
      Commands:
        inspect  Prints a report of an ELF file (--json: all of it, field names in
                   elf-inspector/README.md).
      """;

  private CloudabiMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      return usageError("Missing required subcommand", HELP, err);
    }
    switch (args[0]) {
      case "-h", "--help" -> {
        out.print(HELP);
        return 0;
      }
      case "-V", "--version" -> {
        out.println(Version.TEXT);
        return 0;
      }
      case "inspect" -> {
        return InspectCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
      }
      default -> {
        return usageError(unexpected(args[0], 0), HELP, err);
      }
    }
  }

  /** The message for an argument nothing expects, worded as picocli words it. */
  static String unexpected(String argument, int index) {
    return argument.startsWith("-") && argument.length() > 1
        ? "Unknown option: '" + argument + "'"
        : "Unmatched argument at index " + index + ": '" + argument + "'";
  }

  static int usageError(String message, String help, PrintStream err) {
    err.println(message);
    err.print(help);
    return USAGE;
  }
}
