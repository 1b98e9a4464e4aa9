package dev.cloudabi.elf;

import java.util.OptionalLong;

/**
 * One relocation ({@code Elf_Rel} / {@code Elf_Rela}, or one address decoded from a RELR entry).
 *
 * @param r_info the raw info word; {@code 0} for RELR
 * @param type {@code ELF_R_TYPE(r_info)}; the machine's RELATIVE type for RELR
 * @param symbolIndex {@code ELF_R_SYM(r_info)}
 * @param symbolName the name of that symbol in the linked table ({@code ""} for index 0)
 * @param r_addend present for RELA only
 * @param fileOffset where the entry sits (for RELR, the word that encodes this address)
 * @param size bytes of that entry
 */
public record Relocation(
    long r_offset,
    long r_info,
    int type,
    long symbolIndex,
    String symbolName,
    OptionalLong r_addend,
    long fileOffset,
    int size) {}
