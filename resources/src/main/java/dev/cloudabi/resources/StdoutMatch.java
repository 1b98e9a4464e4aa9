package dev.cloudabi.resources;

/** How an example's standard output is compared with its expected-output file. */
public enum StdoutMatch {
  /** Byte for byte. */
  EXACT,
  /** Line by line: each expected line is a Java regular expression matching the whole line. */
  REGEX,
  /** Not checked. */
  NONE
}
