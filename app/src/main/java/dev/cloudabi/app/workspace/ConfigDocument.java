package dev.cloudabi.app.workspace;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** An opened {@code cloudabi-run} configuration (YAML), shown as text. */
public record ConfigDocument(Path path, String text) implements WorkspaceItem {
  /** Configurations are small; anything bigger is refused rather than read into memory. */
  public static final long MAX_BYTES = 4 * 1024 * 1024;

  public static boolean isConfig(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase();
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /**
   * Reads a configuration as UTF-8.
   *
   * @throws IOException when it cannot be read, is too big or is not UTF-8
   */
  public static ConfigDocument read(Path path) throws IOException {
    long size = Files.size(path);
    if (size > MAX_BYTES) {
      throw new IOException(
          "the file has " + size + " bytes; a configuration has at most " + MAX_BYTES);
    }
    try {
      return new ConfigDocument(
          path,
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
              .toString());
    } catch (CharacterCodingException e) {
      throw new IOException("the file is not UTF-8 text", e);
    }
  }
}
