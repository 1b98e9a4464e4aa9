package dev.cloudabi.elf;

/**
 * Upper bounds that keep a hostile file from costing unbounded memory or time. Tables are also
 * always clamped to the bytes the file really has, so these limits matter for big files and mapped
 * inputs. A table longer than its limit is cut and reported as an {@link ElfDiagnostic}.
 *
 * @param maxProgramHeaders program headers read from the table
 * @param maxSections section headers read from the table
 * @param maxSymbolsPerTable symbols decoded from one symbol table
 * @param maxStringLength bytes scanned for the terminating NUL of one string
 * @param maxNotes notes decoded in total (all note sections or segments together)
 * @param maxDynamicEntries entries decoded from the dynamic array
 * @param maxRelocations relocations decoded in total (all sections together; RELR counts decoded
 *     addresses)
 * @param maxDiagnostics findings kept; later ones are counted, not stored
 */
public record ElfParseLimits(
    int maxProgramHeaders,
    int maxSections,
    int maxSymbolsPerTable,
    int maxStringLength,
    int maxNotes,
    int maxDynamicEntries,
    int maxRelocations,
    int maxDiagnostics) {

  public ElfParseLimits {
    requirePositive(maxProgramHeaders, "maxProgramHeaders");
    requirePositive(maxSections, "maxSections");
    requirePositive(maxSymbolsPerTable, "maxSymbolsPerTable");
    requirePositive(maxStringLength, "maxStringLength");
    requirePositive(maxNotes, "maxNotes");
    requirePositive(maxDynamicEntries, "maxDynamicEntries");
    requirePositive(maxRelocations, "maxRelocations");
    requirePositive(maxDiagnostics, "maxDiagnostics");
  }

  /** Generous limits that fit every real binary we know of (libLLVM included). */
  public static ElfParseLimits defaults() {
    return new ElfParseLimits(
        65_536, 1_000_000, 10_000_000, 65_536, 100_000, 1_000_000, 5_000_000, 1_000);
  }

  public ElfParseLimits withMaxSymbolsPerTable(int value) {
    return new ElfParseLimits(
        maxProgramHeaders,
        maxSections,
        value,
        maxStringLength,
        maxNotes,
        maxDynamicEntries,
        maxRelocations,
        maxDiagnostics);
  }

  public ElfParseLimits withMaxSections(int value) {
    return new ElfParseLimits(
        maxProgramHeaders,
        value,
        maxSymbolsPerTable,
        maxStringLength,
        maxNotes,
        maxDynamicEntries,
        maxRelocations,
        maxDiagnostics);
  }

  public ElfParseLimits withMaxStringLength(int value) {
    return new ElfParseLimits(
        maxProgramHeaders,
        maxSections,
        maxSymbolsPerTable,
        value,
        maxNotes,
        maxDynamicEntries,
        maxRelocations,
        maxDiagnostics);
  }

  private static void requirePositive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }
}
