package dev.cloudabi.designer.document;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Unsaved work found in the recovery directory: the text of a configuration as it was when last
 * edited, and the file it belonged to (none for a configuration never saved).
 */
public record Draft(String id, Optional<Path> original, String text, Instant editedAt) {
  /** The name to show: the original file's name or "Untitled". */
  public String title() {
    return original.map(p -> p.getFileName().toString()).orElse("Untitled configuration");
  }
}
