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
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cloudabi inspect FILE [--json]}: header, CloudABI findings, sections, segments, symbols
 * and syscall imports checked against what the emulator implements.
 */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description =
        "Prints a report of an ELF file (--json: all of it, field names in elf-inspector/README.md).")
final class InspectCommand implements Callable<Integer> {
  /** The file is missing, unreadable, or not ELF at all. */
  static final int UNREADABLE = 1;

  @Parameters(paramLabel = "FILE")
  Path file;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(names = "--relocations", description = "List every relocation (otherwise counted).")
  boolean relocations;

  @Option(names = "--no-symbols", description = "Count the symbols instead of listing them.")
  boolean noSymbols;

  private final PrintStream out;

  InspectCommand(PrintStream out) {
    this.out = out;
  }

  @Override
  public Integer call() throws CliException {
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
