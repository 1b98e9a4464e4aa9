package dev.cloudabi.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.app.binary.SymbolRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class RobustnessTest {
  private static final Path LIB_LLVM = Path.of("/usr/lib/x86_64-linux-gnu/libLLVM-14.so.1");

  @TempDir Path dir;
  private WorkbenchDriver workbench;

  @Start
  void start(Stage stage) throws Exception {
    workbench = WorkbenchDriver.start(stage, "");
  }

  @Test
  void aFileThatIsNotElfGetsAnErrorDialogWithDetailsAndNoCrash(FxRobot robot) throws Exception {
    Path damaged =
        Files.writeString(dir.resolve("damaged.bin"), "\u007fELX this is not an ELF file");
    robot.interact(() -> workbench.model().open(damaged));
    WorkbenchDriver.waitFor(30, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
    WaitForAsyncUtils.waitForFxEvents();
    DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    assertThat(dialog.getHeaderText()).isEqualTo("Not an ELF file");
    assertThat(robot.from(dialog).lookup(".label").queryAllAs(Label.class))
        .anyMatch(
            l -> l.getText().startsWith("Where: " + damaged) && l.getText().contains("offset"));
    TextArea details = (TextArea) dialog.getExpandableContent();
    assertThat(details.getText()).contains(damaged.toString()).contains("ElfFormatException");
    robot.clickOn("Close");
    assertThat(workbench.model().documents()).isEmpty();
    assertThat(workbench.stage().isShowing()).isTrue();
    // The window still works: a good file opens afterwards.
    workbench.open(robot, WorkbenchDriver.example("hello", "i686"), 60);
  }

  @Test
  void aTruncatedBinaryOpensWithFindingsInsteadOfFailing(FxRobot robot) throws Exception {
    byte[] bytes = Files.readAllBytes(WorkbenchDriver.example("hello", "armv6"));
    Path cut =
        Files.write(dir.resolve("cut-hello"), java.util.Arrays.copyOf(bytes, bytes.length / 3));
    workbench.open(robot, cut, 60);
    Label verdict = WorkbenchDriver.visible(robot, "#overview-verdict");
    assertThat(verdict.getText()).startsWith("Does not run in the emulator");
  }

  @Test
  void libLlvmLoadsWithoutFreezingTheUiAndShowsItsDynamicSymbols(FxRobot robot) throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isRegularFile(LIB_LLVM), "libLLVM-14 is installed");
    AtomicLong frames = new AtomicLong();
    AtomicLong longestGap = new AtomicLong();
    AtomicLong framesWhileLoading = new AtomicLong();
    AnimationTimer timer =
        new AnimationTimer() {
          private long last;

          @Override
          public void handle(long now) {
            boolean loading = !workbench.model().tasks().running().isEmpty();
            if (last != 0 && loading) {
              longestGap.accumulateAndGet(now - last, Math::max);
            }
            if (loading) {
              framesWhileLoading.incrementAndGet();
            }
            last = now;
            frames.incrementAndGet();
          }
        };
    robot.interact(timer::start);
    long started = System.nanoTime();
    workbench.open(robot, LIB_LLVM, 240);
    long loadMillis = (System.nanoTime() - started) / 1_000_000;
    robot.interact(timer::stop);
    // Frames kept coming while the file loaded: the FX thread was never blocked for long.
    assertThat(framesWhileLoading.get()).isGreaterThan(Math.max(5, loadMillis / 250));
    assertThat(longestGap.get() / 1_000_000)
        .as("longest frame gap while loading, ms")
        .isLessThan(1000);
    assertThat(frames.get()).isGreaterThan(framesWhileLoading.get());

    workbench.showPanel(robot, "symbols");
    TableView<SymbolRow> table = WorkbenchDriver.visible(robot, "#symbols-table");
    long dynamic = table.getItems().stream().filter(s -> s.table().equals(".dynsym")).count();
    assertThat(dynamic).isBetween(40_000L, 50_000L);
    robot
        .clickOn(WorkbenchDriver.<javafx.scene.Node>visible(robot, "#symbols-filter"))
        .write("getName");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(table.getItems())
        .isNotEmpty()
        .allMatch(
            s ->
                s.displayName().toLowerCase().contains("getname")
                    || s.name().toLowerCase().contains("getname"));
    assertThat(table.getItems()).anyMatch(s -> s.displayName().startsWith("llvm::"));

    // The hex view of a 110 MB file is virtual: it scrolls to the end at once.
    workbench.showPanel(robot, "hex");
    javafx.scene.control.ListView<Long> hex = WorkbenchDriver.visible(robot, "#hex-rows");
    assertThat(hex.getItems().size()).isEqualTo((int) ((Files.size(LIB_LLVM) + 15) / 16));
    robot.interact(() -> hex.scrollTo(hex.getItems().size() - 1));
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void screenshotsOfBothThemes(FxRobot robot) throws Exception {
    workbench.open(robot, WorkbenchDriver.example("hello", "x86_64"), 60);
    workbench.screenshot(robot, "main-window-light");
    for (String panel : java.util.List.of("layout", "sections", "symbols", "syscalls", "hex")) {
      workbench.showPanel(robot, panel);
      workbench.screenshot(robot, "panel-" + panel);
    }
    workbench.showPanel(robot, "disassembly");
    robot.clickOn("Entry point");
    javafx.scene.control.TableView<?> listing = WorkbenchDriver.visible(robot, "#disasm-table");
    WorkbenchDriver.waitFor(30, () -> !listing.getItems().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    workbench.screenshot(robot, "panel-disassembly");
    workbench.showPanel(robot, "overview");
    robot.clickOn("#toolbar-theme");
    WaitForAsyncUtils.waitForFxEvents();
    workbench.screenshot(robot, "main-window-dark");
    workbench.showPanel(robot, "layout");
    workbench.screenshot(robot, "panel-layout-dark");
    workbench.showPanel(robot, "sections");
    javafx.scene.control.TableView<dev.cloudabi.elf.SectionHeader> sections =
        WorkbenchDriver.visible(robot, "#sections-table");
    robot.interact(
        () ->
            sections
                .getSelectionModel()
                .select(
                    sections.getItems().stream()
                        .filter(x -> x.name().equals(".rodata"))
                        .findFirst()
                        .orElseThrow()));
    robot.clickOn(WorkbenchDriver.<javafx.scene.Node>visible(robot, "#sections-show-bytes"));
    WaitForAsyncUtils.waitForFxEvents();
    workbench.screenshot(robot, "panel-hex-highlight-dark");
    workbench.showPanel(robot, "overview");
    robot.clickOn("#toolbar-theme");
    Path shots = Path.of(System.getProperty("workbench.screenshots"));
    assertThat(shots.resolve("main-window-light.png")).isNotEmptyFile();
    assertThat(shots.resolve("main-window-dark.png")).isNotEmptyFile();
  }
}
