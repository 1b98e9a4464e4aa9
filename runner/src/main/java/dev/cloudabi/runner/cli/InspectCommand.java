package dev.cloudabi.runner.cli;

import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.ElfFormatException;
import dev.cloudabi.elf.ElfParseLimits;
import dev.cloudabi.elf.constants.Idents;
import dev.cloudabi.elf.report.ElfJsonWriter;
import dev.cloudabi.elf.report.ElfReport;
import dev.cloudabi.elf.report.ElfTextReport;
import dev.cloudabi.elf.report.ReportOptions;
import dev.cloudabi.emulator.capstone.CapstoneDisassembler;
import dev.cloudabi.emulator.natives.NativeLibraryException;
import dev.cloudabi.emulator.syscall.SyscallTable;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code cloudabi inspect FILE [--json]}: header, CloudABI findings, sections, segments, symbols
 * and syscall imports checked against what the emulator implements.
 */
final class InspectCommand {
  /** The file is missing, unreadable, or not ELF at all. */
  static final int UNREADABLE = 1;

  static final String HELP =
      """
      Usage: cloudabi inspect [-hV] [--json] [--no-symbols] [--relocations] FILE
      Prints a report of an ELF file (--json: all of it, field names in
      elf-inspector/README.md).
            FILE
        -h, --help          Show this help message and exit.
            --json          Print the report as JSON.
            --no-symbols    Count the symbols instead of listing them.
            --relocations   List every relocation (otherwise counted).
        -V, --version       Print version information and exit.
      """;

  private Path file;
  private boolean json;
  private boolean relocations;
  private boolean noSymbols;
  private final PrintStream out;

  private InspectCommand(PrintStream out) {
    this.out = out;
  }

  /** Parses the arguments after {@code inspect} and runs the command; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    InspectCommand command = new InspectCommand(out);
    boolean options = true;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (options ? arg : "") {
        case "--json" -> command.json = true;
        case "--relocations" -> command.relocations = true;
        case "--no-symbols" -> command.noSymbols = true;
        case "-h", "--help" -> {
          out.print(HELP);
          return 0;
        }
        case "-V", "--version" -> {
          out.println(Version.TEXT);
          return 0;
        }
        case "--" -> options = false;
        default -> {
          if (command.file != null || (options && arg.startsWith("-") && arg.length() > 1)) {
            return CloudabiMain.usageError(CloudabiMain.unexpected(arg, i + 1), HELP, err);
          }
          try {
            command.file = Path.of(arg);
          } catch (InvalidPathException e) {
            return CloudabiMain.usageError(
                "Invalid value for positional parameter at index 0 (FILE): '" + arg + "'",
                HELP,
                err);
          }
        }
      }
    }
    if (command.file == null) {
      return CloudabiMain.usageError("Missing required parameter: 'FILE'", HELP, err);
    }
    try {
      return command.call();
    } catch (CliException | RuntimeException e) { // as picocli's handler did: one line, no trace
      err.println("cloudabi: " + e.getMessage());
      return UNREADABLE;
    }
  }

  private int call() throws CliException {
    ElfFile elf;
    try {
      elf = ElfFile.parse(file, ElfParseLimits.defaults());
    } catch (NoSuchFileException e) {
      throw new CliException(file + ": no such file");
    } catch (IOException e) {
      throw new CliException(file + ": " + e.getMessage());
    } catch (ElfFormatException e) {
      throw new CliException(file + ": not an ELF file: " + e.getMessage());
    }
    ReportOptions options =
        ReportOptions.defaults()
            .withSymbols(!noSymbols)
            .withRelocations(relocations)
            .withProvidedSyscalls(SyscallTable.implementedNames());
    // Which syscall wrappers code reaches matters for CloudABI programs; sweeping the code of any
    // other ELF file (a 110 MB library) would only cost time.
    if (elf.header().ei_osabi() == Idents.ELFOSABI_CLOUDABI) {
      try {
        options = options.withDisassembler(CapstoneDisassembler.load());
      } catch (NativeLibraryException unavailable) {
        // Without Capstone the report still lists the carried syscall names, not the reached ones.
      }
    }
    ElfReport report = ElfReport.of(file.toString(), elf, options);
    // Reports of big libraries run to megabytes: the JSON writer hands over 64 KiB blocks.
    try {
      if (json) {
        ElfJsonWriter.writeUtf8(report, out, false);
        out.write('\n');
      } else {
        out.write(ElfTextReport.format(report).getBytes(StandardCharsets.UTF_8));
      }
      out.flush();
    } catch (UncheckedIOException | IOException e) {
      throw new CliException("cannot write the report: " + e.getMessage());
    }
    return 0;
  }
}
