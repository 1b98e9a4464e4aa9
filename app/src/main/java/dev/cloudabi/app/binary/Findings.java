package dev.cloudabi.app.binary;

import dev.cloudabi.elf.ElfDiagnostic;
import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.analysis.CloudAbiReport;
import dev.cloudabi.elf.analysis.Evidence;
import dev.cloudabi.elf.analysis.Severity;
import dev.cloudabi.elf.analysis.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns the CloudABI analysis and the parser's diagnostics into overview rows whose evidence is a
 * byte range (the analysis names a field and the offset of the structure that holds it).
 */
public final class Findings {
  private Findings() {}

  /** The analysis findings and the parser diagnostics, errors first. */
  public static List<Finding> of(ElfFile elf, CloudAbiReport report) {
    List<Finding> out = new ArrayList<>();
    for (var f : report.findings()) {
      out.add(
          new Finding(
              f.severity(),
              f.code(),
              f.message(),
              f.evidence().toString(),
              evidence(f.evidence(), elf.header().is64(), elf.fileSize())));
    }
    for (ElfDiagnostic d : elf.diagnostics()) {
      out.add(
          new Finding(
              Severity.WARNING,
              "damaged",
              d.field() + ": " + d.message(),
              d.field() + " @0x" + Long.toHexString(d.offset()),
              evidence(new Evidence(d.field(), d.offset()), elf.header().is64(), elf.fileSize())));
    }
    out.sort(Comparator.comparing(Finding::severity).reversed());
    return List.copyOf(out);
  }

  /** One line: "Runs in the emulator" or the first reason why not. */
  public static String verdict(CloudAbiReport report) {
    if (report.verdict() == Verdict.NOT_RUNNABLE) {
      return "Does not run in the emulator: " + report.errors().get(0).message();
    }
    int warnings = report.warnings().size();
    return warnings == 0
        ? "Runs in the emulator"
        : "Runs in the emulator (" + warnings + (warnings == 1 ? " warning)" : " warnings)");
  }

  /** The bytes an evidence names: the field inside its structure, else the byte at the offset. */
  static Optional<ByteRange> evidence(Evidence e, boolean is64, long fileSize) {
    if (e.offset() < 0 || e.offset() >= fileSize) {
      return Optional.empty();
    }
    String field = e.field();
    int space = field.lastIndexOf(' ');
    String name = space < 0 ? field : field.substring(space + 1);
    ByteRange range = new ByteRange(e.offset(), 1, e.field());
    Optional<FieldLayout.Field> header = FieldLayout.header(is64).field(name);
    if (header.isPresent() && header.get().offset() == e.offset()) {
      range = new ByteRange(e.offset(), header.get().size(), e.field());
    } else if (header.isEmpty()) {
      for (FieldLayout layout :
          List.of(
              FieldLayout.programHeader(is64),
              FieldLayout.sectionHeader(is64),
              FieldLayout.symbol(is64))) {
        Optional<FieldLayout.Field> f = layout.field(name);
        if (f.isPresent()) {
          range = new ByteRange(e.offset() + f.get().offset(), f.get().size(), e.field());
          break;
        }
      }
    }
    return Optional.of(range.clampTo(fileSize));
  }
}
