package dev.cloudabi.elf.analysis;

import java.util.List;

/** The overall answer of an analysis, derived from the worst finding. */
public enum Verdict {
  RUNNABLE,
  RUNNABLE_WITH_WARNINGS,
  NOT_RUNNABLE;

  static Verdict of(List<Finding> findings) {
    boolean warning = false;
    for (Finding f : findings) {
      if (f.severity() == Severity.ERROR) {
        return NOT_RUNNABLE;
      }
      warning |= f.severity() == Severity.WARNING;
    }
    return warning ? RUNNABLE_WITH_WARNINGS : RUNNABLE;
  }
}
