package dev.cloudabi.designer.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryJournalTest {
  private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
  private final List<IOException> failures = new ArrayList<>();

  @AfterEach
  void stop() {
    writer.shutdownNow();
  }

  private RecoveryJournal journal(Path dir, Duration delay) {
    return new RecoveryJournal(
        dir,
        writer,
        delay,
        Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC),
        failures::add);
  }

  @Test
  void theLastRecordedTextSurvivesAsADraft(@TempDir Path dir) throws Exception {
    RecoveryJournal journal = journal(dir, Duration.ofMillis(20));
    Path original = dir.resolve("web.yaml");
    journal.record("doc-1", Optional.of(original), "a: 1\n");
    journal.record("doc-1", Optional.of(original), "a: 2\n");
    writer.submit(() -> {}).get();
    writer.schedule(() -> {}, 50, TimeUnit.MILLISECONDS).get();
    List<Draft> drafts = RecoveryJournal.drafts(dir);
    assertThat(drafts)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.id()).isEqualTo("doc-1");
              assertThat(d.text()).isEqualTo("a: 2\n");
              assertThat(d.original()).contains(original);
              assertThat(d.title()).isEqualTo("web.yaml");
              assertThat(d.editedAt()).isEqualTo(Instant.parse("2025-01-02T03:04:05Z"));
            });
    assertThat(failures).isEmpty();
  }

  @Test
  void flushWritesPendingTextsAtOnce(@TempDir Path dir) {
    RecoveryJournal journal = journal(dir, Duration.ofHours(1));
    journal.record("new-1", Optional.empty(), "x: 1\n");
    assertThat(RecoveryJournal.drafts(dir)).isEmpty();
    journal.flush();
    assertThat(RecoveryJournal.drafts(dir))
        .singleElement()
        .satisfies(d -> assertThat(d.title()).isEqualTo("Untitled configuration"));
  }

  @Test
  void discardingRemovesTheEntryAndAnyPendingWrite(@TempDir Path dir) throws Exception {
    RecoveryJournal journal = journal(dir, Duration.ofMillis(1));
    journal.record("doc-2", Optional.empty(), "y: 1\n");
    journal.flush();
    journal.record("doc-2", Optional.empty(), "y: 2\n");
    journal.discard("doc-2");
    writer.schedule(() -> {}, 20, TimeUnit.MILLISECONDS).get();
    assertThat(RecoveryJournal.drafts(dir)).isEmpty();
    assertThat(Files.list(dir)).isEmpty();
  }

  @Test
  void strayFilesInTheDirectoryAreIgnored(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("not an id!.yaml"), "a: 1");
    Files.write(dir.resolve("bad-utf8.yaml"), new byte[] {(byte) 0xff});
    assertThat(RecoveryJournal.drafts(dir)).isEmpty();
    assertThat(RecoveryJournal.drafts(dir.resolve("missing"))).isEmpty();
  }
}
