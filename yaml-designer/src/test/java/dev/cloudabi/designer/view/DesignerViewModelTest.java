package dev.cloudabi.designer.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.designer.document.Draft;
import dev.cloudabi.designer.document.RecoveryJournal;
import dev.cloudabi.designer.model.AnalysisScheduler;
import dev.cloudabi.designer.tree.NodeKind;
import dev.cloudabi.designer.tree.NodePath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignerViewModelTest {
  private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stop() {
    writer.shutdownNow();
  }

  private RecoveryJournal journal(Path dir) {
    return new RecoveryJournal(dir, writer, Duration.ofHours(1), Clock.systemUTC(), e -> {});
  }

  @Test
  void aTreeEditMakesTheDocumentDirtyAndUndoingItMakesItCleanAgain(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("web.yaml");
    Files.writeString(file, "a: 1\n");
    DesignerViewModel model = DesignerViewModel.open(file, "a: 1\n", Optional.empty());
    assertThat(model.title().get()).isEqualTo("web.yaml");
    assertThat(model.run(c -> c.add(NodePath.ROOT, NodeKind.INT))).isTrue();
    assertThat(model.text().get()).isEqualTo("a: 1\nkey: 0\n");
    assertThat(model.selection().get()).isEqualTo(NodePath.of(1));
    assertThat(model.dirty().get()).isTrue();
    assertThat(model.title().get()).isEqualTo("*web.yaml");
    model.textChanged("a: 1\n");
    assertThat(model.dirty().get()).isFalse();
  }

  @Test
  void theTreeRefusesEditsWhileTheTextIsMalformed() {
    DesignerViewModel model = DesignerViewModel.open(Path.of("c.yaml"), "a: 1\n", Optional.empty());
    model.textChanged("a: [1\n");
    assertThat(model.analysis().get().stale()).isTrue();
    assertThat(model.run(c -> c.add(NodePath.ROOT, NodeKind.INT))).isFalse();
    assertThat(model.message().get()).contains("YAML error");
    assertThat(model.text().get()).isEqualTo("a: [1\n");
  }

  @Test
  void unsavedEditsAreJournaledAndSavingRemovesThem(@TempDir Path dir) throws Exception {
    RecoveryJournal journal = journal(dir.resolve("recovery"));
    DesignerViewModel model = DesignerViewModel.create(Optional.of(journal));
    model.run(c -> c.add(NodePath.ROOT, NodeKind.STRING));
    journal.flush();
    assertThat(RecoveryJournal.drafts(journal.dir()))
        .singleElement()
        .satisfies(d -> assertThat(d.text()).isEqualTo(model.text().get()));
    Path file = dir.resolve("new.yaml");
    model.saveAs(file);
    assertThat(Files.readString(file)).isEqualTo(model.text().get());
    assertThat(model.dirty().get()).isFalse();
    assertThat(model.title().get()).isEqualTo("new.yaml");
    assertThat(RecoveryJournal.drafts(journal.dir())).isEmpty();
  }

  @Test
  void aRecoveredDraftOpensDirtyWithItsTextAndFile(@TempDir Path dir) {
    Path original = dir.resolve("web.yaml");
    Draft draft = new Draft("abc", Optional.of(original), "b: 2\n", java.time.Instant.EPOCH);
    DesignerViewModel model =
        DesignerViewModel.recovered(draft, "a: 1\n", Optional.of(journal(dir)));
    assertThat(model.text().get()).isEqualTo("b: 2\n");
    assertThat(model.dirty().get()).isTrue();
    assertThat(model.path().get()).isEqualTo(original);
    assertThat(model.id()).isEqualTo("abc");
  }

  @Test
  void aTreeEditWhileTheBackgroundAnalysisLagsSplicesTheCurrentText() {
    DesignerViewModel model = DesignerViewModel.open(Path.of("c.yaml"), "a: 1\n", Optional.empty());
    // A background analysis that will not run during this test.
    model.setAnalysisScheduler(
        AnalysisScheduler.background(writer, Duration.ofHours(1), Runnable::run));
    model.textChanged("a: 1\nb: 2\n");
    assertThat(model.isAnalysisCurrent()).isFalse();
    assertThat(model.analysis().get().text()).isEqualTo("a: 1\n");
    assertThat(model.run(c -> c.add(NodePath.ROOT, NodeKind.INT))).isTrue();
    assertThat(model.text().get()).isEqualTo("a: 1\nb: 2\nkey: 0\n");
    assertThat(model.selection().get()).isEqualTo(NodePath.of(2));
  }

  @Test
  void theCaretMovedWhileTheAnalysisLaggedSelectsItsNodeWhenTheAnalysisLands() throws Exception {
    DesignerViewModel model = DesignerViewModel.open(Path.of("c.yaml"), "a: 1\n", Optional.empty());
    BlockingQueue<Runnable> deliveries = new LinkedBlockingQueue<>();
    model.setAnalysisScheduler(
        AnalysisScheduler.background(writer, Duration.ZERO, deliveries::add));
    model.textChanged("a: 1\nb: [x, y]\n");
    model.caretMoved(model.text().get().indexOf('y'));
    assertThat(model.selection().get()).isEqualTo(NodePath.ROOT);
    deliveries.poll(10, TimeUnit.SECONDS).run();
    assertThat(model.selection().get()).isEqualTo(NodePath.of(1, 1));
  }

  @Test
  void aLaggingAnalysisDoesNotMoveTheSelectionWithTheCaret() {
    DesignerViewModel model = DesignerViewModel.open(Path.of("c.yaml"), "a: 1\n", Optional.empty());
    model.setAnalysisScheduler(
        AnalysisScheduler.background(writer, Duration.ofHours(1), Runnable::run));
    model.textChanged("a: 1\nb: [x, y]\n");
    model.caretMoved(model.text().get().indexOf('y'));
    assertThat(model.selection().get()).isEqualTo(NodePath.ROOT);
  }

  @Test
  void theCaretSelectsTheNodeUnderIt() {
    String text = "a: 1\nb: [x, y]\n";
    DesignerViewModel model = DesignerViewModel.open(Path.of("c.yaml"), text, Optional.empty());
    model.caretMoved(text.indexOf('y'));
    assertThat(model.selection().get()).isEqualTo(NodePath.of(1, 1));
    assertThat(model.selectedBytes()).isPresent();
  }
}
