package dev.cloudabi.elf.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** llvm-readelf-14's view of a file, read from its JSON output. */
public final class LlvmReadelf {
  private final Map<String, Object> root;

  private LlvmReadelf(Map<String, Object> root) {
    this.root = root;
  }

  @SuppressWarnings("unchecked")
  public static LlvmReadelf of(Path file) {
    String json =
        Tools.run(
            List.of(
                Tools.READELF,
                "--elf-output-style=JSON",
                "-h",
                "-S",
                "-l",
                "--symbols",
                "--dyn-syms",
                file.toString()));
    List<Object> top = (List<Object>) MiniJson.parse(json);
    Map<String, Object> wrapper = (Map<String, Object>) top.get(0);
    return new LlvmReadelf((Map<String, Object>) wrapper.values().iterator().next());
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> header() {
    return (Map<String, Object>) root.get("ElfHeader");
  }

  public List<Map<String, Object>> sections() {
    return unwrap("Sections", "Section");
  }

  public List<Map<String, Object>> programHeaders() {
    return unwrap("ProgramHeaders", "ProgramHeader");
  }

  public List<Map<String, Object>> symbols() {
    return unwrap("Symbols", "Symbol");
  }

  public List<Map<String, Object>> dynamicSymbols() {
    return unwrap("DynamicSymbols", "Symbol");
  }

  /** {@code {"Value": .., "RawValue": n}} → n; a plain number → itself. */
  @SuppressWarnings("unchecked")
  public static long raw(Object field) {
    if (field instanceof Map<?, ?> m) {
      Object v =
          ((Map<String, Object>) m).containsKey("RawValue") ? m.get("RawValue") : m.get("RawFlags");
      return number(v);
    }
    return number(field);
  }

  @SuppressWarnings("unchecked")
  public static String value(Object field) {
    return field instanceof Map<?, ?> m
        ? String.valueOf(((Map<String, Object>) m).get("Value"))
        : String.valueOf(field);
  }

  public static long number(Object v) {
    if (v instanceof Long l) {
      return l;
    }
    if (v instanceof java.math.BigInteger b) {
      return b.longValue();
    }
    if (v instanceof String s) {
      return Long.parseLong(s.trim());
    }
    throw new IllegalArgumentException("not a number: " + v);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> unwrap(String key, String inner) {
    Object list = root.get(key);
    if (list == null) {
      return List.of();
    }
    return ((List<Object>) list)
        .stream().map(o -> (Map<String, Object>) ((Map<String, Object>) o).get(inner)).toList();
  }
}
