package dev.cloudabi.designer.model;

/** A generated configuration of the size that made typing freeze: 3000 entries, about 116 KB. */
public final class LargeConfig {
  private LargeConfig() {}

  /** {@code entries} top-level entries cycling through strings, numbers, capabilities and maps. */
  public static String of(int entries) {
    StringBuilder text = new StringBuilder("%TAG ! tag:nuxi.nl,2015:cloudabi/\n---\n");
    for (int i = 0; i < entries; i++) {
      String key = String.format("entry_%04d", i);
      switch (i % 5) {
        case 0 -> text.append(key).append(": a message for entry ").append(i).append('\n');
        case 1 -> text.append(key).append(": ").append(i * 7).append("  # a number\n");
        case 2 -> text.append(key).append(": !fd stdout\n");
        case 3 -> text.append(key).append(": !file {path: /tmp/cfg-").append(i).append("}\n");
        default -> text.append(key).append(":\n  name: n").append(i).append("\n  on: true\n");
      }
    }
    return text.toString();
  }
}
