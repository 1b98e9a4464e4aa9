package dev.cloudabi.runner.cli;

import dev.cloudabi.elf.analysis.CloudAbiReport;
import dev.cloudabi.runner.api.LaunchPlan;
import dev.cloudabi.runner.api.PlannedDescriptor;
import dev.cloudabi.runner.config.DescriptorSpec;
import dev.cloudabi.runner.config.LaunchConfig;
import java.nio.file.Path;

/** The human-readable outputs of {@code --print-argdata} and {@code --check}. */
final class Summaries {
  private Summaries() {}

  /** The encoded bytes as hex, 16 a line with offsets, then the descriptor table. */
  static String argdata(LaunchPlan plan) {
    StringBuilder s = new StringBuilder();
    byte[] bytes = plan.argdataBytes();
    s.append("argdata: ").append(bytes.length).append(" bytes\n");
    for (int row = 0; row < bytes.length; row += 16) {
      s.append(String.format("  %08x ", row));
      for (int i = row; i < Math.min(row + 16, bytes.length); i++) {
        s.append(String.format(" %02x", bytes[i] & 0xFF));
      }
      s.append('\n');
    }
    s.append("descriptors: ").append(plan.descriptors().size()).append('\n');
    for (PlannedDescriptor d : plan.descriptors()) {
      s.append(
          String.format(
              "  %d: %-28s %-18s base 0x%x inheriting 0x%x%n",
              d.guestFd(),
              describe(d.spec()),
              d.fd().object().type(),
              d.fd().rightsBase(),
              d.fd().rightsInheriting()));
    }
    return s.toString();
  }

  /** The verdict of {@code --check}; null when the executable cannot run. */
  static String check(Path executable, LaunchConfig config, CloudAbiReport report) {
    StringBuilder s = new StringBuilder();
    s.append("configuration: OK, ").append(config.descriptors().size()).append(" descriptor(s)\n");
    s.append("executable: ").append(executable).append(": ").append(report.verdict());
    report.arch().ifPresent(a -> s.append(", ").append(a.triple()));
    s.append(", ").append(report.loadModel()).append('\n');
    report.findings().forEach(f -> s.append("  ").append(f).append('\n'));
    return s.toString();
  }

  static String describe(DescriptorSpec spec) {
    return switch (spec) {
      case DescriptorSpec.Inherited i ->
          switch (i.hostFd()) {
            case 0 -> "!fd stdin";
            case 1 -> "!fd stdout";
            case 2 -> "!fd stderr";
            default -> "!fd " + i.hostFd();
          };
      case DescriptorSpec.File f -> "!file " + f.path();
      case DescriptorSpec.Socket s ->
          "!socket "
              + s.type().name().toLowerCase()
              + " "
              + s.mode().name().toLowerCase()
              + " "
              + s.address();
      case DescriptorSpec.Executable e -> "!executable";
    };
  }
}
