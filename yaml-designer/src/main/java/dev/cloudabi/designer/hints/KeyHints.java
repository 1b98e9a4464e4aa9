package dev.cloudabi.designer.hints;

import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.SectionHeader;
import dev.cloudabi.elf.analysis.CloudAbiSyscalls;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The configuration keys a program probably looks up: the strings in its read-only data that look
 * like keys ({@code http_socket}, {@code html_message}). A program compares the keys of its Argdata
 * map against such literals, so they are good suggestions, and a granted descriptor whose key is
 * not among them is probably one the program never uses.
 *
 * @param program what the hints were read from, for the view
 * @param keys in order of appearance in the file
 */
public record KeyHints(String program, List<String> keys) {
  /** Snake- or kebab-case identifiers of at least three characters. */
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*");

  private static final int MIN_LENGTH = 3;

  /** Read-only data scanned at most; a program's key literals sit among its first strings. */
  static final int MAX_SCANNED = 4 * 1024 * 1024;

  private static final int MAX_LENGTH = 64;

  /** Words of the C library's formatting and number parsing, not keys. */
  private static final Set<String> LIBRARY_WORDS =
      Set.of("inf", "nan", "infinity", "null", "true", "false");

  public static final KeyHints NONE = new KeyHints("", List.of());

  public KeyHints {
    keys = List.copyOf(keys);
  }

  public boolean isEmpty() {
    return keys.isEmpty();
  }

  public boolean contains(String key) {
    return keys.contains(key);
  }

  /** The hints of an ELF file: key-like strings of its allocated, read-only data sections. */
  public static KeyHints of(String program, ElfFile elf) {
    Set<String> keys = new LinkedHashSet<>();
    int budget = MAX_SCANNED;
    for (SectionHeader section : elf.sections()) {
      if (budget > 0 && isReadOnlyData(section)) {
        var data = elf.sectionData(section);
        if (data.isPresent()) {
          ByteBuffer bytes = data.get().duplicate();
          bytes.limit(bytes.position() + Math.min(bytes.remaining(), budget));
          budget -= bytes.remaining();
          collect(bytes, keys);
        }
      }
    }
    return new KeyHints(program, List.copyOf(keys));
  }

  private static boolean isReadOnlyData(SectionHeader section) {
    long write = 0x1;
    long exec = 0x4;
    return section.isAllocated()
        && section.hasFileData()
        && (section.sh_flags() & (write | exec)) == 0
        && section.name().startsWith(".rodata");
  }

  /** NUL-terminated strings that match {@link #KEY} and are not system call names. */
  static void collect(ByteBuffer data, Set<String> keys) {
    ByteBuffer buffer = data.duplicate();
    int start = buffer.position();
    for (int i = buffer.position(); i < buffer.limit(); i++) {
      if (buffer.get(i) == 0) {
        int length = i - start;
        if (length >= MIN_LENGTH && length <= MAX_LENGTH) {
          byte[] bytes = new byte[length];
          buffer.get(start, bytes);
          String s = new String(bytes, StandardCharsets.US_ASCII);
          if (KEY.matcher(s).matches()
              && !CloudAbiSyscalls.ALL.contains(s)
              && !LIBRARY_WORDS.contains(s)) {
            keys.add(s);
          }
        }
        start = i + 1;
      }
    }
  }
}
