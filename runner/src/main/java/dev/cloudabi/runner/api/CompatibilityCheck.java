package dev.cloudabi.runner.api;

import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.ElfFormatException;
import dev.cloudabi.elf.ElfParseLimits;
import dev.cloudabi.elf.analysis.CloudAbiAnalyzer;
import dev.cloudabi.elf.analysis.CloudAbiReport;
import java.io.IOException;
import java.nio.file.Path;

/** Whether an executable can run here, before anything is opened or started. */
public final class CompatibilityCheck {
  private CompatibilityCheck() {}

  /**
   * @throws IOException when the file cannot be read or is not ELF at all, with a message naming it
   */
  public static CloudAbiReport analyze(Path executable) throws IOException {
    try {
      return CloudAbiAnalyzer.analyze(ElfFile.parse(executable, ElfParseLimits.defaults()));
    } catch (ElfFormatException e) {
      throw new IOException(executable + " is not an ELF executable: " + e.getMessage(), e);
    }
  }
}
