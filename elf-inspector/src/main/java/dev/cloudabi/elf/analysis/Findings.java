package dev.cloudabi.elf.analysis;

import java.util.ArrayList;
import java.util.List;

/** Collects findings while the checks run. */
final class Findings {
  private final List<Finding> list = new ArrayList<>();

  void info(String code, String message, String field, long offset) {
    list.add(new Finding(Severity.INFO, code, message, Evidence.of(field, offset)));
  }

  void warning(String code, String message, String field, long offset) {
    list.add(new Finding(Severity.WARNING, code, message, Evidence.of(field, offset)));
  }

  void error(String code, String message, String field, long offset) {
    list.add(new Finding(Severity.ERROR, code, message, Evidence.of(field, offset)));
  }

  List<Finding> list() {
    return List.copyOf(list);
  }

  static String hex(long value) {
    return "0x" + Long.toHexString(value);
  }
}
