package dev.cloudabi.elf.analysis;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether an ELF file can run under a CloudABI runtime, and how.
 *
 * @param arch the CloudABI target of {@code e_machine}, if it is one of the four
 * @param loadModel where the image goes
 * @param entry {@code e_entry} (a link-time address; add the load bias for PIE)
 * @param loadStart lowest {@code p_vaddr} of the {@code PT_LOAD}s (0 when there are none)
 * @param loadEnd highest {@code p_vaddr + p_memsz}
 * @param tls the thread-local storage template, if the program has one
 */
public record CloudAbiReport(
    Verdict verdict,
    Optional<CloudAbiArch> arch,
    LoadModel loadModel,
    long entry,
    long loadStart,
    long loadEnd,
    Optional<TlsTemplate> tls,
    List<Finding> findings) {

  public CloudAbiReport {
    findings = List.copyOf(findings);
  }

  public boolean isRunnable() {
    return verdict != Verdict.NOT_RUNNABLE;
  }

  public List<Finding> errors() {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  public List<Finding> warnings() {
    return findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
  }

  /** One line per error, for a loader's refusal message. */
  public String describeErrors() {
    return errors().stream().map(Finding::toString).collect(Collectors.joining("\n"));
  }

  /**
   * Throws when the program cannot run, naming every error; a loader calls this before mapping
   * anything.
   */
  public CloudAbiReport requireRunnable() throws NotRunnableException {
    if (!isRunnable()) {
      throw new NotRunnableException(this);
    }
    return this;
  }
}
