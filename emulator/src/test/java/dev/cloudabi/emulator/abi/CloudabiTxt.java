package dev.cloudabi.emulator.abi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small reader for the reference definition {@code cloudabi.txt} (read from {@code
 * ../shared/reference/} relative to the repository root; never copied into the project).
 */
final class CloudabiTxt {
  private final List<String> lines;

  private CloudabiTxt(List<String> lines) {
    this.lines = lines;
  }

  static Optional<CloudabiTxt> find() throws IOException {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve("reference").resolve("cloudabi.txt");
      if (Files.isRegularFile(candidate)) {
        return Optional.of(new CloudabiTxt(Files.readAllLines(candidate)));
      }
    }
    return Optional.empty();
  }

  /** {@code value → name} of an {@code enum}/{@code flags} declaration. */
  Map<Long, String> values(String declaration) {
    Map<Long, String> result = new LinkedHashMap<>();
    int i = lines.indexOf(declaration);
    if (i < 0) {
      throw new IllegalArgumentException("no " + declaration);
    }
    for (i++; i < lines.size() && (lines.get(i).isEmpty() || lines.get(i).startsWith("\t")); i++) {
      String line = lines.get(i);
      if (line.startsWith("\t")
          && !line.startsWith("\t\t")
          && !line.startsWith("\t|")
          && !line.startsWith("\t@")) {
        String[] parts = line.trim().split("\\s+");
        result.put(Long.decode(parts[0]), parts[1]);
      }
    }
    return result;
  }

  /** Width in bytes of a named scalar type ({@code alias/opaque/enum/flags uintN name}). */
  Optional<Integer> width(String type) {
    for (String line : lines) {
      String[] p = line.split("\\s+");
      if (p.length == 3
          && p[2].equals(type)
          && p[1].matches("u?int\\d+")
          && List.of("alias", "opaque", "enum", "flags").contains(p[0])) {
        return Optional.of(Integer.parseInt(p[1].replaceAll("\\D", "")) / 8);
      }
    }
    return Optional.empty();
  }

  /** One declared syscall parameter: section (in/out), type words and name. */
  record Parameter(boolean out, List<String> type, String name) {}

  /** Every syscall with its parameters, in file order. */
  Map<String, List<Parameter>> syscalls() {
    Map<String, List<Parameter>> result = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("syscall ")) {
        continue;
      }
      String name = lines.get(i).substring("syscall ".length()).trim();
      List<Parameter> params = new ArrayList<>();
      boolean out = false;
      for (i++;
          i < lines.size() && (lines.get(i).isEmpty() || lines.get(i).startsWith("\t"));
          i++) {
        String line = lines.get(i);
        if (line.equals("\tin")) {
          out = false;
        } else if (line.equals("\tout")) {
          out = true;
        } else if (line.startsWith("\t\t") && !line.startsWith("\t\t\t")) {
          List<String> words = List.of(line.trim().split("\\s+"));
          params.add(new Parameter(out, words.subList(0, words.size() - 1), words.getLast()));
        }
      }
      i--;
      result.put(name, params);
    }
    return result;
  }
}
