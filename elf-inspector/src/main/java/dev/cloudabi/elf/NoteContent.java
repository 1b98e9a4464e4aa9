package dev.cloudabi.elf;

/** What a note's descriptor means, when we know its owner and type. */
public sealed interface NoteContent {
  /** {@code NT_GNU_BUILD_ID}: the build ID as lowercase hex. */
  record BuildId(String hex) implements NoteContent {}

  /** {@code NT_GNU_ABI_TAG}: the minimum kernel ABI, for example Linux 3.2.0. */
  record AbiTag(String os, long major, long minor, long patch) implements NoteContent {}

  /** Any other note: the descriptor is only available as bytes. */
  record Raw() implements NoteContent {}
}
