package dev.cloudabi.emulator.abi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The per-syscall argument locations for i686 and armv6 (ABI §5.5), read at test time from the
 * reference {@code CLOUDABI-ABI.md} next to {@code cloudabi.txt}.
 */
record ArgumentTable(Map<String, List<String>> i686, Map<String, List<String>> armv6) {
  private static final Pattern ROW =
      Pattern.compile("^\\| \\d+ \\| `([a-z][a-z0-9_]*)` \\| [^|]* \\| ([^|]*) \\| ([^|]*) \\|$");

  static Optional<ArgumentTable> find() throws IOException {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path file = dir.resolveSibling("shared").resolve("reference").resolve("CLOUDABI-ABI.md");
      if (Files.isRegularFile(file)) {
        Map<String, List<String>> i686 = new LinkedHashMap<>();
        Map<String, List<String>> armv6 = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
          Matcher m = ROW.matcher(line.trim());
          if (m.matches()) {
            i686.put(m.group(1), split(m.group(2)));
            armv6.put(m.group(1), split(m.group(3)));
          }
        }
        return Optional.of(new ArgumentTable(i686, armv6));
      }
    }
    return Optional.empty();
  }

  private static List<String> split(String cell) {
    String trimmed = cell.trim();
    return trimmed.equals("—") ? List.of() : List.of(trimmed.split(",\\s*"));
  }
}
