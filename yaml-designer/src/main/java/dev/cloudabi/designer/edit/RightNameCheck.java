package dev.cloudabi.designer.edit;

import dev.cloudabi.emulator.abi.Right;
import java.util.Arrays;
import java.util.Locale;

/** Checks a right name as the runner reads it: any case, with or without {@code RIGHT_}. */
final class RightNameCheck {
  private RightNameCheck() {}

  static void check(String name) {
    String normal = name.strip().toUpperCase(Locale.ROOT);
    if (normal.startsWith("RIGHT_")) {
      normal = normal.substring("RIGHT_".length());
    }
    String n = normal;
    if (Arrays.stream(Right.values()).noneMatch(r -> r.name().equals(n))) {
      throw new IllegalArgumentException("Unknown right: '" + name.strip() + "'");
    }
  }
}
