package dev.cloudabi.elf.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects findings while the checks run. */
final class Findings {
  /** A hostile file can repeat one problem thousands of times; keep this many of each code. */
  private static final int MAX_PER_CODE = 20;

  private final List<Finding> list = new ArrayList<>();
  private final Map<String, Integer> perCode = new HashMap<>();

  void info(String code, String message, String field, long offset) {
    add(Severity.INFO, code, message, field, offset);
  }

  void warning(String code, String message, String field, long offset) {
    add(Severity.WARNING, code, message, field, offset);
  }

  void error(String code, String message, String field, long offset) {
    add(Severity.ERROR, code, message, field, offset);
  }

  private void add(Severity severity, String code, String message, String field, long offset) {
    int seen = perCode.merge(code, 1, Integer::sum);
    if (seen < MAX_PER_CODE) {
      list.add(new Finding(severity, code, message, Evidence.of(field, offset)));
    } else if (seen == MAX_PER_CODE) {
      list.add(
          new Finding(
              severity,
              code,
              "further '" + code + "' findings are not listed",
              Evidence.of(field, offset)));
    }
  }

  List<Finding> list() {
    return List.copyOf(list);
  }

  static String hex(long value) {
    return "0x" + Long.toHexString(value);
  }
}
