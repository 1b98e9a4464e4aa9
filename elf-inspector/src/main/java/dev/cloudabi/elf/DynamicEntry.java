package dev.cloudabi.elf;

import dev.cloudabi.elf.constants.DynamicTags;
import java.util.Optional;

/**
 * One entry of the dynamic array ({@code Elf_Dyn}).
 *
 * @param string the string {@code d_val} names, for tags such as {@code DT_NEEDED}
 */
public record DynamicEntry(
    int index, long d_tag, long d_val, Optional<String> string, long fileOffset, int size) {

  public String tagName() {
    return DynamicTags.REGISTRY.name(d_tag);
  }
}
