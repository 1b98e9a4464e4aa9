package dev.cloudabi.argdata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** Loads golden-vectors.txt (its header comment describes the format). */
record GoldenVectors(String name, byte[] bytes, int[] fds, String yamlBody) {

  boolean renumbered() {
    return fds != null;
  }

  @Override
  public String toString() {
    return name;
  }

  static List<GoldenVectors> load() throws IOException {
    String text;
    try (InputStream in = GoldenVectors.class.getResourceAsStream("golden-vectors.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<GoldenVectors> vectors = new ArrayList<>();
    String[] blocks = text.split("(?m)^=== ");
    for (int i = 1; i < blocks.length; i++) {
      vectors.add(parse(blocks[i]));
    }
    return vectors;
  }

  private static GoldenVectors parse(String block) {
    List<String> lines = new ArrayList<>(Arrays.asList(block.split("\n")));
    String name = lines.removeFirst();
    String hex = lines.removeFirst();
    if (!hex.startsWith("hex:")) {
      throw new IllegalArgumentException(name + ": expected a hex: line, found " + hex);
    }
    byte[] bytes = HexFormat.of().parseHex(hex.substring(4).replace(" ", ""));
    int[] fds = null;
    if (lines.getFirst().startsWith("fds:")) {
      fds =
          Arrays.stream(lines.removeFirst().substring(4).trim().split(" "))
              .mapToInt(Integer::parseInt)
              .toArray();
    }
    return new GoldenVectors(name, bytes, fds, String.join("\n", lines) + "\n");
  }
}
