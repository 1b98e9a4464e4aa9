package dev.cloudabi.app.errors;

import dev.cloudabi.elf.ElfFormatException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Error reports for a file that could not be opened, in words a user understands. */
public final class LoadErrors {
  private LoadErrors() {}

  public static ErrorReport of(Path path, Throwable error) {
    ErrorReport base = ErrorReport.of("open " + path.getFileName(), path.toString(), error);
    return switch (error) {
      case ElfFormatException e ->
          new ErrorReport(
              "Not an ELF file",
              path.getFileName() + " is not an ELF file: " + e.getMessage(),
              path + String.format(" at offset %d (0x%x)", e.offset(), e.offset()),
              base.details());
      case NoSuchFileException e ->
          new ErrorReport(
              "File not found", "There is no file " + path, path.toString(), base.details());
      case IOException e ->
          new ErrorReport(
              "Cannot read the file",
              path.getFileName() + " cannot be read: " + e.getMessage(),
              path.toString(),
              base.details());
      default ->
          new ErrorReport(
              "Cannot open " + path.getFileName(),
              "Opening the file failed: " + base.what(),
              path.toString(),
              base.details());
    };
  }
}
