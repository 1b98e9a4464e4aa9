package dev.cloudabi.elf.analysis;

/**
 * Where a finding comes from: a spec-named field and the file offset of the structure holding it.
 */
public record Evidence(String field, long offset) {
  public static Evidence of(String field, long offset) {
    return new Evidence(field, offset);
  }

  @Override
  public String toString() {
    return field + " @0x" + Long.toHexString(offset);
  }
}
