package dev.cloudabi.designer.document;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Keeps every unsaved configuration on disk so a crash loses no edit: each change is written, at
 * most {@code delay} later, to {@code <dir>/<id>.yaml} with its metadata in {@code
 * <id>.properties}, each file replaced atomically. Saving or discarding a document removes its
 * entry; whatever is left at start-up is offered back as {@link Draft}s.
 */
public final class RecoveryJournal {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

  private final Path dir;
  private final ScheduledExecutorService writer;
  private final Duration delay;
  private final Clock clock;
  private final Consumer<IOException> onFailure;
  private final Map<String, Pending> pending = new HashMap<>();

  private record Pending(Optional<Path> original, String text) {}

  /**
   * @param dir the recovery directory (created when needed)
   * @param writer runs the writes, off the caller's thread
   * @param onFailure told when an entry could not be written (the disk is full, the directory
   *     gone), on the writer's thread
   */
  public RecoveryJournal(
      Path dir,
      ScheduledExecutorService writer,
      Duration delay,
      Clock clock,
      Consumer<IOException> onFailure) {
    this.dir = dir;
    this.writer = writer;
    this.delay = delay;
    this.clock = clock;
    this.onFailure = onFailure;
  }

  public Path dir() {
    return dir;
  }

  /** Records the current text of document {@code id}; written after the delay. */
  public void record(String id, Optional<Path> original, String text) {
    checkId(id);
    boolean schedule;
    synchronized (pending) {
      schedule = pending.put(id, new Pending(original, text)) == null;
    }
    if (schedule) {
      writer.schedule(() -> writePending(id), delay.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** Writes every pending entry now, on the calling thread. */
  public void flush() {
    List<String> ids;
    synchronized (pending) {
      ids = List.copyOf(pending.keySet());
    }
    ids.forEach(this::writePending);
  }

  /** Forgets document {@code id}: it was saved or its changes were discarded. */
  public void discard(String id) {
    checkId(id);
    synchronized (pending) {
      pending.remove(id);
      try {
        Files.deleteIfExists(dir.resolve(id + ".yaml"));
        Files.deleteIfExists(dir.resolve(id + ".properties"));
      } catch (IOException e) {
        onFailure.accept(e);
      }
    }
  }

  private void writePending(String id) {
    synchronized (pending) {
      Pending p = pending.remove(id);
      if (p == null) {
        return;
      }
      try {
        Files.createDirectories(dir);
        ConfigFiles.write(dir.resolve(id + ".yaml"), p.text());
        Properties meta = new Properties();
        p.original().ifPresent(o -> meta.setProperty("original", o.toString()));
        meta.setProperty("edited", Instant.now(clock).toString());
        StringWriter out = new StringWriter();
        meta.store(out, "CloudABI Workbench: unsaved configuration");
        ConfigFiles.write(dir.resolve(id + ".properties"), out.toString());
      } catch (IOException e) {
        onFailure.accept(e);
      }
    }
  }

  /** The drafts left in {@code dir}, oldest first; unreadable entries are skipped. */
  public static List<Draft> drafts(Path dir) {
    List<Draft> drafts = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return drafts;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.yaml")) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - ".yaml".length());
        if (ID.matcher(id).matches()) {
          read(dir, id).ifPresent(drafts::add);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the recovery directory " + dir, e);
    }
    drafts.sort(Comparator.comparing(Draft::editedAt));
    return drafts;
  }

  private static Optional<Draft> read(Path dir, String id) {
    try {
      String text = ConfigFiles.read(dir.resolve(id + ".yaml"));
      Properties meta = new Properties();
      Path metaFile = dir.resolve(id + ".properties");
      if (Files.isRegularFile(metaFile)) {
        try (Reader in = new StringReader(Files.readString(metaFile))) {
          meta.load(in);
        }
      }
      Optional<Path> original = Optional.ofNullable(meta.getProperty("original")).map(Path::of);
      Instant edited;
      try {
        edited = Instant.parse(meta.getProperty("edited", ""));
      } catch (java.time.format.DateTimeParseException e) {
        edited = Files.getLastModifiedTime(dir.resolve(id + ".yaml")).toInstant();
      }
      return Optional.of(new Draft(id, original, text, edited));
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static void checkId(String id) {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("invalid recovery id: " + id);
    }
  }
}
