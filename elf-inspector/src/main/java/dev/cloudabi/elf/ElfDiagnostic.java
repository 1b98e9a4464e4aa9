package dev.cloudabi.elf;

/**
 * One finding about damaged or unusual input: where it is, which field, what is wrong.
 *
 * @param offset file offset of the field (or of the structure holding it)
 * @param field the spec name of the field, for example {@code e_shstrndx} or {@code .dynsym[12]
 *     st_name}
 * @param message what is wrong, in one sentence
 */
public record ElfDiagnostic(long offset, String field, String message) {
  @Override
  public String toString() {
    return String.format("0x%x %s: %s", offset, field, message);
  }
}
