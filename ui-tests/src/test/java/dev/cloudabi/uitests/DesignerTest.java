package dev.cloudabi.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.app.workspace.ConfigDocument;
import dev.cloudabi.argdata.Argdata;
import dev.cloudabi.designer.document.Draft;
import dev.cloudabi.designer.document.RecoveryJournal;
import dev.cloudabi.editor.EditorDiagnostic;
import dev.cloudabi.runner.api.Launcher;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The YAML designer as a user meets it: configurations built only by clicking and typing in the
 * tree, palette and form; the text and the Argdata kept in step; errors marked; no edit lost.
 */
@ExtendWith(ApplicationExtension.class)
class DesignerTest {
  private static final String HEAD = "%TAG ! tag:nuxi.nl,2015:cloudabi/\n---\n";
  private static final String WEB_SERVER =
      HEAD
          + "http_socket: !socket {type: stream, bind: 0.0.0.0:8080}\n"
          + "html_message: <marquee>Hello, world!</marquee>\n";

  private WorkbenchDriver workbench;

  @Start
  void start(Stage stage) throws Exception {
    workbench = WorkbenchDriver.start(stage, "");
  }

  private DesignerDriver newConfiguration(FxRobot robot) {
    robot.clickOn("#toolbar-new-config");
    WaitForAsyncUtils.waitForFxEvents();
    return new DesignerDriver(robot);
  }

  private DesignerDriver buildWebServer(FxRobot robot) {
    DesignerDriver designer = newConfiguration(robot);
    designer.add("socket").key("http_socket");
    Label check = WorkbenchDriver.visible(robot, "#designer-address-check");
    designer.type("designer-socket-address", "0.0.0.0");
    assertThat(check.getText()).contains("does not contain a port number");
    designer.type("designer-socket-address", "0.0.0.0:8080");
    assertThat(check.getText()).contains("valid address");
    designer.add("string").key("html_message");
    designer.type("designer-value", "<marquee>Hello, world!</marquee>");
    return designer;
  }

  @Test
  void theWebServerConfigIsBuiltByClickingAndTyping(FxRobot robot) throws Exception {
    DesignerDriver designer = buildWebServer(robot);
    assertThat(designer.text()).isEqualTo(WEB_SERVER);
    assertThat(designer.treeRows())
        .containsExactly(
            "(root): map, 2 entries",
            "  http_socket: !socket stream bind 0.0.0.0:8080",
            "  html_message: \"<marquee>Hello, world!</marquee>\"");
    TableView<?> descriptors = WorkbenchDriver.visible(robot, "#designer-descriptors");
    assertThat(descriptors.getItems()).hasSize(1);
    assertThat(descriptors.getItems().get(0).toString()).contains("!socket stream bind");
  }

  @Test
  void theArgdataBytesAreTheLaunchersAndTheSelectionIsHighlighted(FxRobot robot) throws Exception {
    DesignerDriver designer = buildWebServer(robot);
    byte[] expected =
        Argdata.encode(Launcher.parse("web.yaml", new StringReader(designer.text())).argdata());
    assertThat(designer.hexBytes()).isEqualTo(expected);
    designer.select("html_message");
    String highlighted =
        robot.lookup(".ds-hex-value").queryAllAs(Label.class).stream()
            .map(Label::getText)
            .reduce("", String::concat);
    byte[] message =
        "<marquee>Hello, world!</marquee>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] encoded = new byte[message.length + 2];
    encoded[0] = 0x08; // str tag; the value ends with its NUL
    System.arraycopy(message, 0, encoded, 1, message.length);
    assertThat(highlighted).isEqualTo(HexFormat.of().formatHex(encoded));
  }

  @Test
  void thePythonConfigIsBuiltByClickingAndTyping(FxRobot robot) throws Exception {
    DesignerDriver designer = newConfiguration(robot);
    designer.add("seq").key("path");
    designer
        .add("file")
        .type("designer-file-path", "/usr/local/x86_64-unknown-cloudabi/lib/python3.6");
    designer.add("file").type("designer-file-path", "/usr/local/lib/python3.6/site-packages");
    designer.select("(root)").add("file").key("script").type("designer-file-path", "hello.py");
    designer.add("map").key("args");
    designer.add("fd").key("terminal");
    designer.add("string").key("message").type("designer-value", "Hello, world!");
    assertThat(designer.text())
        .isEqualTo(
            HEAD
                + "path:\n"
                + "  - !file {path: /usr/local/x86_64-unknown-cloudabi/lib/python3.6}\n"
                + "  - !file {path: /usr/local/lib/python3.6/site-packages}\n"
                + "script: !file {path: hello.py}\n"
                + "args:\n"
                + "  terminal: !fd stdout\n"
                + "  message: Hello, world!\n");
    assertThat(designer.hexBytes())
        .isEqualTo(
            Argdata.encode(Launcher.parse("py.yaml", new StringReader(designer.text())).argdata()));
    TableView<?> descriptors = WorkbenchDriver.visible(robot, "#designer-descriptors");
    assertThat(descriptors.getItems()).hasSize(4);
  }

  @Test
  void editingTheTextUpdatesTheTreeAndKeepsComments(FxRobot robot) throws Exception {
    DesignerDriver designer = buildWebServer(robot);
    designer.typeInText(WEB_SERVER.indexOf("8080"), WEB_SERVER.indexOf("8080") + 4, "9090");
    designer.typeInText(WEB_SERVER.length(), WEB_SERVER.length(), "port: 0x10 # hex");
    assertThat(designer.text()).contains("bind: 0.0.0.0:9090}").endsWith("port: 0x10 # hex");
    assertThat(designer.treeRows())
        .containsExactly(
            "(root): map, 3 entries",
            "  http_socket: !socket stream bind 0.0.0.0:9090",
            "  html_message: \"<marquee>Hello, world!</marquee>\"",
            "  port: 0x10 (Integer)");
    // A tree edit after typing keeps the typed comment.
    designer.select("port").type("designer-value", "8081");
    assertThat(designer.text()).endsWith("port: 8081 # hex");
  }

  @Test
  void brokenYamlIsMarkedAndTheTreeKeepsItsLastGoodState(FxRobot robot) throws Exception {
    DesignerDriver designer = buildWebServer(robot);
    List<String> before = designer.treeRows();
    var editor = designer.view().editor();
    designer.typeInText(WEB_SERVER.length(), WEB_SERVER.length(), "broken: [1, 2");
    Label stale = WorkbenchDriver.visible(robot, "#designer-stale");
    assertThat(stale.getText()).contains("line 5, column 14");
    // The tree is the last analysed text that parsed: the web server, perhaps with a "broken"
    // entry if typing paused after "broken: " (analysis waits for a pause).
    List<String> rows = designer.treeRows();
    assertThat(rows.subList(1, 3)).containsExactly(before.get(1), before.get(2));
    assertThat(rows.subList(3, rows.size())).isSubsetOf("  broken: null");
    assertThat(editor.getDiagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.severity()).isEqualTo(EditorDiagnostic.Severity.ERROR);
              assertThat(d.line()).isEqualTo(5);
              assertThat(d.column()).isEqualTo(14);
              assertThat(d.message()).startsWith("Parse error");
            });
    // The tree refuses edits until the text parses again.
    designer.add("string");
    assertThat(robot.lookup("#designer-message").queryAs(Label.class).getText())
        .contains("YAML error");
    int end = editor.getText().length();
    designer.typeInText(end, end, "]");
    assertThat(stale.isVisible()).isFalse();
    assertThat(designer.treeRows())
        .endsWith("  broken: sequence, 2 items", "    [0]: 1 (Integer)", "    [1]: 2 (Integer)");
  }

  @Test
  void typingInALargeConfigKeepsTheWindowResponsive(FxRobot robot, @TempDir Path dir)
      throws Exception {
    StringBuilder large = new StringBuilder(HEAD);
    for (int i = 0; i < 3000; i++) {
      large.append(String.format("entry_%04d: !file {path: /tmp/cfg-%d}  # number %d%n", i, i, i));
    }
    Path file = Files.writeString(dir.resolve("large.yaml"), large);
    robot.interact(() -> workbench.model().open(file));
    DesignerDriver designer = new DesignerDriver(robot).settle();
    assertThat(designer.treeRows()).hasSize(3001);
    AtomicLong longestGap = new AtomicLong();
    AtomicLong frames = new AtomicLong();
    AnimationTimer timer =
        new AnimationTimer() {
          private long last;

          @Override
          public void handle(long now) {
            if (last != 0) {
              longestGap.accumulateAndGet(now - last, Math::max);
            }
            last = now;
            frames.incrementAndGet();
          }
        };
    robot.interact(timer::start);
    int end = large.length();
    designer.typeInText(end, end, "typed_while_large: 42 # still quick");
    robot.interact(timer::stop);
    assertThat(frames.get()).isGreaterThan(10);
    assertThat(longestGap.get() / 1_000_000)
        .as("longest frame gap while typing, ms")
        .isLessThan(400);
    assertThat(designer.treeRows()).hasSize(3002).endsWith("  typed_while_large: 42 (Integer)");
  }

  @Test
  void draggingAnEntryOntoAnotherMovesItThereAndKeepsComments(FxRobot robot) throws Exception {
    DesignerDriver designer = newConfiguration(robot);
    String text = HEAD + "first: 1 # one\nsecond: 2 # two\nthird: 3 # three\n";
    var editor = designer.view().editor();
    robot.interact(() -> editor.replaceText(0, editor.getText().length(), text));
    designer.settle();
    robot.drag(designer.row("third")).dropTo(designer.row("first"));
    designer.settle();
    assertThat(designer.text())
        .isEqualTo(HEAD + "third: 3 # three\nfirst: 1 # one\nsecond: 2 # two\n");
    assertThat(designer.treeRows())
        .containsExactly(
            "(root): map, 3 entries",
            "  third: 3 (Integer)",
            "  first: 1 (Integer)",
            "  second: 2 (Integer)");
  }

  @Test
  void saveAsRenamesTheConfigurationInTheWorkspaceList(FxRobot robot, @TempDir Path dir)
      throws Exception {
    newConfiguration(robot).add("int");
    ConfigDocument doc = (ConfigDocument) workbench.model().documents().getFirst();
    Path target = dir.resolve("renamed.yaml");
    robot.interact(() -> workbench.model().save(doc, Optional.of(target)));
    ListView<?> list = WorkbenchDriver.visible(robot, "#workspace-list");
    Callable<List<String>> names =
        () ->
            robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getListView() == list && c.getText() != null)
                .map(ListCell::getText)
                .toList();
    try {
      WorkbenchDriver.waitFor(5, () -> names.call().contains("renamed.yaml"));
    } catch (TimeoutException e) {
      // the assertion below names what the list shows
    }
    assertThat(names.call()).containsExactly("renamed.yaml");
    assertThat(Files.readString(target)).isEqualTo(new DesignerDriver(robot).text());
  }

  @Test
  void discardingRecoveredWorkDeletesItAndOpensNothing(FxRobot robot) throws Exception {
    ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
    try {
      RecoveryJournal journal =
          new RecoveryJournal(
              WorkbenchDriver.recoveryDir(), writer, Duration.ZERO, Clock.systemUTC(), e -> {});
      journal.record("lost-work", Optional.empty(), HEAD + "unwanted: 1\n");
      journal.flush();
    } finally {
      writer.shutdownNow();
    }
    assertThat(RecoveryJournal.drafts(WorkbenchDriver.recoveryDir())).hasSize(1);
    Stage[] second = new Stage[1];
    robot.interact(
        () -> {
          workbench.stage().hide();
          second[0] = new Stage();
        });
    WorkbenchDriver restarted = WorkbenchDriver.startOn(robot, second[0]);
    robot.clickOn((Node) WorkbenchDriver.visible(robot, "#recovery-discard"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(RecoveryJournal.drafts(WorkbenchDriver.recoveryDir())).isEmpty();
    assertThat(restarted.model().documents()).isEmpty();
    assertThat(robot.lookup("#recovery-banner").tryQuery()).isEmpty();
  }

  @Test
  void theSelectedBinaryOffersItsKeysAndUnnamedGrantsAreWarnedAbout(FxRobot robot)
      throws Exception {
    workbench.open(robot, WorkbenchDriver.example("webserver", "x86_64"), 60);
    DesignerDriver designer = newConfiguration(robot);
    Label hints = WorkbenchDriver.visible(robot, "#designer-hints");
    WorkbenchDriver.waitFor(10, () -> hints.getText().contains("http_socket"));
    designer.add("socket").add("string");
    assertThat(designer.text())
        .endsWith(
            "http_socket: !socket {type: stream, bind: 127.0.0.1:8080}\nhtml_message: \"\"\n");
    assertThat(designer.view().editor().getDiagnostics()).isEmpty();
    designer.add("fd");
    assertThat(designer.view().editor().getDiagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.severity()).isEqualTo(EditorDiagnostic.Severity.WARNING);
              assertThat(d.message()).contains("never names 'key'");
            });
  }

  @Test
  void theTabShowsUnsavedChangesAndClosingAsksFirst(FxRobot robot) throws Exception {
    DesignerDriver designer = newConfiguration(robot);
    designer.add("int");
    TabPane tabs = robot.lookup("#document-tabs").queryAs(TabPane.class);
    Tab tab = tabs.getTabs().get(0);
    assertThat(tab.getText()).isEqualTo("*Untitled configuration");
    robot.clickOn("File").clickOn("#menu-close");
    robot.clickOn(
        robot
            .lookup(".dialog-pane .button")
            .match((javafx.scene.control.Button b) -> b.getText().equals("Cancel"))
            .queryButton());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(workbench.model().documents()).hasSize(1);
    robot.clickOn("File").clickOn("#menu-close");
    robot.clickOn(
        robot
            .lookup(".dialog-pane .button")
            .match((javafx.scene.control.Button b) -> b.getText().equals("Don't save"))
            .queryButton());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(workbench.model().documents()).isEmpty();
    assertThat(RecoveryJournal.drafts(WorkbenchDriver.recoveryDir())).isEmpty();
  }

  @Test
  void unsavedEditsComeBackAfterACrash(FxRobot robot) throws Exception {
    DesignerDriver designer = newConfiguration(robot);
    designer.add("string").key("survivor").type("designer-value", "still here");
    String text = designer.text();
    WorkbenchDriver.waitFor(
        10,
        () ->
            RecoveryJournal.drafts(WorkbenchDriver.recoveryDir()).stream()
                .map(Draft::text)
                .anyMatch(text::equals));
    // The crash: the window goes away without saving or stopping anything.
    Stage[] second = new Stage[1];
    robot.interact(
        () -> {
          workbench.stage().hide();
          second[0] = new Stage();
        });
    WorkbenchDriver restarted = WorkbenchDriver.startOn(robot, second[0]);
    robot.clickOn((Node) WorkbenchDriver.visible(robot, "#recovery-recover"));
    WaitForAsyncUtils.waitForFxEvents();
    DesignerDriver recovered = new DesignerDriver(robot);
    assertThat(recovered.text()).isEqualTo(text).contains("survivor: still here");
    assertThat(restarted.model().unsavedConfigurations()).hasSize(1);
    assertThat(robot.lookup("#recovery-banner").tryQuery()).isEmpty();
  }
}
