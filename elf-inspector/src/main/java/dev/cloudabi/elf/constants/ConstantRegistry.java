package dev.cloudabi.elf.constants;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The known values of one ELF field (value → name → description). Unknown values are normal in ELF
 * (vendor ranges), so lookups return {@link Optional} and {@link #name(long)} falls back to a
 * readable placeholder.
 */
public final class ConstantRegistry {
  private final String field;
  private final Map<Long, ElfConstant> byValue;

  private ConstantRegistry(String field, Map<Long, ElfConstant> byValue) {
    this.field = field;
    this.byValue = Collections.unmodifiableMap(byValue);
  }

  public static Builder builder(String field) {
    return new Builder(field);
  }

  /** The field these constants belong to, for example {@code e_machine}. */
  public String field() {
    return field;
  }

  public Optional<ElfConstant> lookup(long value) {
    return Optional.ofNullable(byValue.get(value));
  }

  /** The spec name of {@code value}, or {@code <unknown 0x..>} when it has none. */
  public String name(long value) {
    ElfConstant constant = byValue.get(value);
    return constant != null ? constant.name() : "<unknown 0x" + Long.toHexString(value) + ">";
  }

  public String description(long value) {
    ElfConstant constant = byValue.get(value);
    return constant != null ? constant.description() : "unknown " + field + " value";
  }

  public Collection<ElfConstant> all() {
    return byValue.values();
  }

  /** Collects constants in declaration order. */
  public static final class Builder {
    private final String field;
    private final Map<Long, ElfConstant> byValue = new LinkedHashMap<>();

    private Builder(String field) {
      this.field = field;
    }

    public Builder add(long value, String name, String description) {
      // First registration wins: aliases (EM_ARC_COMPACT2 vs EM_ARCV2) keep the canonical name.
      byValue.putIfAbsent(value, new ElfConstant(value, name, description));
      return this;
    }

    public ConstantRegistry build() {
      return new ConstantRegistry(field, byValue);
    }
  }
}
