package dev.cloudabi.elf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GNU symbol versioning: the definitions ({@code .gnu.version_d}), the requirements ({@code
 * .gnu.version_r}) and the per-symbol indices ({@code .gnu.version}).
 */
public final class SymbolVersions {
  private static final int VERSYM_HIDDEN = 0x8000;

  private final List<VersionDefinition> definitions;
  private final List<VersionRequirement> requirements;
  private final int[] versym;
  private final Map<Integer, String> definedNames = new HashMap<>();
  private final Map<Integer, String> neededNames = new HashMap<>();

  SymbolVersions(
      List<VersionDefinition> definitions, List<VersionRequirement> requirements, int[] versym) {
    this.definitions = List.copyOf(definitions);
    this.requirements = List.copyOf(requirements);
    this.versym = versym;
    for (VersionDefinition d : definitions) {
      definedNames.putIfAbsent(d.vd_ndx(), d.name());
    }
    for (VersionRequirement r : requirements) {
      neededNames.putIfAbsent(r.vna_other(), r.name());
    }
  }

  static SymbolVersions none() {
    return new SymbolVersions(List.of(), List.of(), new int[0]);
  }

  public List<VersionDefinition> definitions() {
    return definitions;
  }

  public List<VersionRequirement> requirements() {
    return requirements;
  }

  /** Number of {@code .gnu.version} entries. */
  public int versymCount() {
    return versym.length;
  }

  /** The version of dynamic symbol {@code symbolIndex}; empty when there is no versym entry. */
  public Optional<SymbolVersion> forSymbol(int symbolIndex) {
    if (symbolIndex < 0 || symbolIndex >= versym.length) {
      return Optional.empty();
    }
    int raw = versym[symbolIndex];
    int index = raw & ~VERSYM_HIDDEN;
    boolean hidden = (raw & VERSYM_HIDDEN) != 0;
    if (index <= 1) {
      return Optional.of(new SymbolVersion(index, "", hidden, false));
    }
    String needed = neededNames.get(index);
    if (needed != null) {
      return Optional.of(new SymbolVersion(index, needed, hidden, true));
    }
    return Optional.of(
        new SymbolVersion(index, definedNames.getOrDefault(index, ""), hidden, false));
  }
}
