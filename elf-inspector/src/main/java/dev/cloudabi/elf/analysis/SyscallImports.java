package dev.cloudabi.elf.analysis;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The system calls a binary may ask its vDSO for.
 *
 * @param carried the names it carries for the vDSO lookup (see {@link CarriedNames})
 * @param wrappers names of the {@code cloudabi_sys_*} wrapper functions in its symbol tables
 * @param reached syscalls whose wrapper (or slot) code calls or jumps to; empty when there are no
 *     symbols or no disassembler for the machine
 * @param reachedVia how {@code reached} was found: {@link #VIA_WRAPPERS} (direct calls to the
 *     {@code cloudabi_sys_*} functions, cloudlibc from 2018) or {@link #VIA_SLOT_TABLE} (calls
 *     through the exported {@code cloudabi_syscalls} table, cloudlibc of 2016–2017)
 */
public record SyscallImports(
    CarriedNames carried,
    List<String> wrappers,
    Optional<List<String>> reached,
    String reachedVia) {

  public static final String VIA_WRAPPERS = "wrappers";
  public static final String VIA_SLOT_TABLE = "cloudabi_syscalls";

  public SyscallImports {
    wrappers = List.copyOf(wrappers);
    reached = reached.map(List::copyOf);
  }

  /** A one-line summary: "carries the whole table (final ABI (49 names)); 3 reached". */
  public String summary() {
    String carriedText =
        carried.carriesWholeTable()
            ? "carries the whole table, " + carried.era().orElse("")
            : "carries " + carried.names().size() + " syscall names";
    String reachedText;
    if (reachedVia.equals(VIA_SLOT_TABLE)) {
      reachedText =
          reached
              .map(r -> r.size() + " syscalls called through cloudabi_syscalls")
              .orElse("slot table cloudabi_syscalls; calls not analysed on this machine");
    } else {
      reachedText =
          reached
              .map(r -> r.size() + " of " + wrappers.size() + " wrappers reached from code")
              .orElse(wrappers.isEmpty() ? "no wrapper symbols" : "call targets not analysed");
    }
    return carriedText + "; " + reachedText;
  }

  /**
   * Compares the needs with the syscalls a runtime provides (names with or without the {@code
   * cloudabi_sys_} prefix). Reached calls are required; carried but unreached ones only return
   * {@code ENOSYS} if the program does reach them some other way (through a pointer).
   */
  public SyscallCompatibility compatibility(Collection<String> provided) {
    Set<String> have = new LinkedHashSet<>();
    for (String p : provided) {
      have.add(CloudAbiSyscalls.strip(p));
    }
    List<String> required = reached.orElse(carried.names());
    List<String> missingRequired = required.stream().filter(n -> !have.contains(n)).toList();
    List<String> missingOther =
        carried.names().stream().filter(n -> !have.contains(n) && !required.contains(n)).toList();
    Verdict verdict;
    String explanation;
    if (!missingRequired.isEmpty()) {
      verdict = reached.isPresent() ? Verdict.NOT_RUNNABLE : Verdict.RUNNABLE_WITH_WARNINGS;
      explanation =
          reached.isPresent()
              ? "code calls syscalls the runtime lacks: " + missingRequired
              : "no call analysis; carried syscalls the runtime lacks return ENOSYS if used: "
                  + missingRequired;
    } else if (!missingOther.isEmpty()) {
      verdict = Verdict.RUNNABLE_WITH_WARNINGS;
      explanation = "every reached syscall is provided; unreached ones missing: " + missingOther;
    } else {
      verdict = Verdict.RUNNABLE;
      explanation =
          required.isEmpty() ? "the binary looks up no syscalls" : "every syscall is provided";
    }
    return new SyscallCompatibility(verdict, required, missingRequired, missingOther, explanation);
  }
}
