package dev.cloudabi.designer.document;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reading and writing configuration files: UTF-8, bounded in size, replaced atomically. */
public final class ConfigFiles {
  /** Configurations are small; anything bigger is refused rather than read into memory. */
  public static final long MAX_BYTES = 4 * 1024 * 1024;

  /** The text of a new configuration: the launcher's directive and an empty map. */
  public static final String NEW_CONFIG = "%TAG ! tag:nuxi.nl,2015:cloudabi/\n---\n{}\n";

  private ConfigFiles() {}

  public static boolean isConfig(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase();
    return name.endsWith(".yaml") || name.endsWith(".yml");
  }

  /**
   * @throws IOException naming the file when it cannot be read, is too big or is not UTF-8
   */
  public static String read(Path path) throws IOException {
    long size = Files.size(path);
    if (size > MAX_BYTES) {
      throw new IOException(
          path + ": the file has " + size + " bytes; a configuration has at most " + MAX_BYTES);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(ByteBuffer.wrap(Files.readAllBytes(path)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IOException(path + ": the file is not UTF-8 text", e);
    }
  }

  /**
   * Writes {@code text} to a temporary file next to {@code path} and moves it over {@code path}, so
   * a crash leaves either the old or the new file, never half of one.
   */
  public static void write(Path path, String text) throws IOException {
    Path dir = path.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + path.getFileName(), ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try {
        Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
