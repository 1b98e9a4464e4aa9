package dev.cloudabi.elf;

/**
 * The version of a dynamic symbol from {@code .gnu.version}, named through verdef or verneed.
 *
 * @param index the {@code .gnu.version} entry without the hidden bit (0 local, 1 global)
 * @param name the version name ({@code GLIBC_2.34}); empty for indices 0 and 1 or when unknown
 * @param hidden bit 15 of the entry: the symbol is not the default version
 * @param needed the version comes from verneed (another object's version), not verdef
 */
public record SymbolVersion(int index, String name, boolean hidden, boolean needed) {}
