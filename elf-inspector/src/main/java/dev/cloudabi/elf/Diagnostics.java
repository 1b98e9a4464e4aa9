package dev.cloudabi.elf;

import java.util.ArrayList;
import java.util.List;

/** Collects findings up to a limit; thread-safe because tables are decoded lazily. */
final class Diagnostics {
  private final int max;
  private final List<ElfDiagnostic> kept = new ArrayList<>();
  private long dropped;

  Diagnostics(int max) {
    this.max = max;
  }

  synchronized void add(long offset, String field, String message) {
    if (kept.size() < max) {
      kept.add(new ElfDiagnostic(offset, field, message));
    } else {
      dropped++;
    }
  }

  synchronized List<ElfDiagnostic> snapshot() {
    if (dropped == 0) {
      return List.copyOf(kept);
    }
    List<ElfDiagnostic> all = new ArrayList<>(kept);
    all.add(new ElfDiagnostic(0, "-", dropped + " further findings were dropped (maxDiagnostics)"));
    return List.copyOf(all);
  }
}
