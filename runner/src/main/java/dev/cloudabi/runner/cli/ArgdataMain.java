package dev.cloudabi.runner.cli;

import dev.cloudabi.argdata.Argdata;
import dev.cloudabi.argdata.ArgdataFormatException;
import dev.cloudabi.argdata.ArgdataLimits;
import dev.cloudabi.argdata.ArgdataValue;
import dev.cloudabi.runner.config.ConfigException;
import dev.cloudabi.runner.config.TextFormTagHandlers;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code argdata decode|encode}: Argdata bytes to their YAML text form and back. */
@Command(
    name = "argdata",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Converts Argdata bytes to their YAML text form and back.")
public final class ArgdataMain {
  /** Exit status for input that is not valid Argdata or not valid text form. */
  static final int INVALID_INPUT = 1;

  private ArgdataMain() {}

  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    CommandLine cli =
        new CommandLine(new ArgdataMain())
            .addSubcommand("decode", new Decode(in, out))
            .addSubcommand("encode", new Encode(in, out));
    cli.setOut(new java.io.PrintWriter(out, true));
    cli.setErr(new java.io.PrintWriter(err, true));
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          err.println("argdata: " + e.getMessage());
          return INVALID_INPUT;
        });
    return cli.execute(args);
  }

  @Command(name = "decode", description = "Prints Argdata bytes (FILE or - for stdin) as text.")
  static final class Decode implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE", defaultValue = "-")
    String file;

    private final InputStream in;
    private final PrintStream out;

    Decode(InputStream in, PrintStream out) {
      this.in = in;
      this.out = out;
    }

    @Override
    public Integer call() throws CliException {
      byte[] bytes = Inputs.readAll(file, in);
      try {
        ArgdataValue value = Argdata.decode(bytes, ArgdataLimits.DEFAULT);
        out.print(Argdata.toYaml(value));
        out.flush();
        return 0;
      } catch (ArgdataFormatException e) {
        throw new CliException(Inputs.displayName(file) + ": " + e.getMessage());
      }
    }
  }

  @Command(name = "encode", description = "Writes the Argdata bytes of a text form (FILE or -).")
  static final class Encode implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE", defaultValue = "-")
    String file;

    private final InputStream in;
    private final PrintStream out;

    Encode(InputStream in, PrintStream out) {
      this.in = in;
      this.out = out;
    }

    @Override
    public Integer call() throws CliException, IOException {
      String text = new String(Inputs.readAll(file, in), StandardCharsets.UTF_8);
      try {
        ArgdataValue value =
            TextFormTagHandlers.parse(Inputs.displayName(file), new StringReader(text));
        out.write(Argdata.encode(value));
        out.flush();
        return 0;
      } catch (ConfigException e) {
        throw new CliException(e.getMessage());
      }
    }
  }
}
