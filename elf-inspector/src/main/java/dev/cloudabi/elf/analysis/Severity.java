package dev.cloudabi.elf.analysis;

/** How much a finding matters for running the program. */
public enum Severity {
  /** A fact worth knowing (load model, TLS size). */
  INFO,
  /** Runs, but something is unusual or risky. */
  WARNING,
  /** Cannot run under a CloudABI runtime. */
  ERROR
}
