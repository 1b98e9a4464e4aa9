package dev.cloudabi.elf.analysis;

import java.util.List;

/**
 * A binary's syscall needs against a runtime's vDSO.
 *
 * @param required the reached syscalls, or every carried one when calls could not be analysed
 * @param missingRequired required but not provided
 * @param missingUnreached carried, not reached, not provided
 */
public record SyscallCompatibility(
    Verdict verdict,
    List<String> required,
    List<String> missingRequired,
    List<String> missingUnreached,
    String explanation) {

  public SyscallCompatibility {
    required = List.copyOf(required);
    missingRequired = List.copyOf(missingRequired);
    missingUnreached = List.copyOf(missingUnreached);
  }
}
