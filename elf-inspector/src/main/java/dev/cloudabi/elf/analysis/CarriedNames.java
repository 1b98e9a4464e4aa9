package dev.cloudabi.elf.analysis;

import java.util.List;
import java.util.Optional;

/**
 * The syscall names a binary carries for its vDSO lookup.
 *
 * @param table cloudlibc's NUL-separated name table, where found (names without the prefix)
 * @param prefixedStrings other strings of the form {@code cloudabi_sys_<name>}
 * @param names every carried name, table order first, without the prefix
 */
public record CarriedNames(
    Optional<NameTable> table, List<String> prefixedStrings, List<String> names) {

  /**
   * A run of NUL-separated syscall names in read-only data.
   *
   * @param fileOffset where the first name starts
   * @param container the section (or segment) holding it
   */
  public record NameTable(long fileOffset, String container, List<String> names) {}

  public CarriedNames {
    prefixedStrings = List.copyOf(prefixedStrings);
    names = List.copyOf(names);
  }

  /** Whether the table has every name of one ABI era (the 49 final ones, or all 57). */
  public boolean carriesWholeTable() {
    return table.isPresent() && era().isPresent();
  }

  /** {@code "final ABI (49 names)"} or {@code "early-2017 ABI (57 names)"}, when whole. */
  public Optional<String> era() {
    if (table.isEmpty()) {
      return Optional.empty();
    }
    var set = java.util.Set.copyOf(table.get().names());
    if (set.equals(java.util.Set.copyOf(CloudAbiSyscalls.CURRENT))) {
      return Optional.of("final ABI (49 names)");
    }
    if (set.equals(CloudAbiSyscalls.ALL)) {
      return Optional.of("early-2017 ABI (57 names)");
    }
    return Optional.empty();
  }
}
