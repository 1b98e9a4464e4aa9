package dev.cloudabi.elf.analysis;

/** The analysis found at least one {@link Severity#ERROR}: the program must not be started. */
public final class NotRunnableException extends Exception {
  private final transient CloudAbiReport report;

  NotRunnableException(CloudAbiReport report) {
    super("not a runnable CloudABI executable:\n" + report.describeErrors());
    this.report = report;
  }

  public CloudAbiReport report() {
    return report;
  }
}
