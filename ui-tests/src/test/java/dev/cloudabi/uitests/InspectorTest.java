package dev.cloudabi.uitests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.app.binary.BinaryDocument;
import dev.cloudabi.app.binary.SymbolRow;
import dev.cloudabi.app.inspector.disasm.InstructionRow;
import dev.cloudabi.elf.SectionHeader;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class InspectorTest {
  private WorkbenchDriver workbench;

  @Start
  void start(Stage stage) throws Exception {
    workbench = WorkbenchDriver.start(stage, "");
  }

  @ParameterizedTest
  @CsvSource({
    "x86_64, x86_64 (EM_X86_64), ELFCLASS64, ET_DYN",
    "aarch64, aarch64 (EM_AARCH64), ELFCLASS64, ET_DYN",
    "i686, i686 (EM_386), ELFCLASS32, ET_EXEC",
    "armv6, armv6 (EM_ARM), ELFCLASS32, ET_EXEC"
  })
  void theOverviewOfAnExampleShowsItsIdentityAndVerdict(
      String arch, String architecture, String elfClass, String type, FxRobot robot)
      throws Exception {
    BinaryDocument doc = workbench.open(robot, WorkbenchDriver.example("hello", arch), 60);
    assertThat(text(robot, "#fact-architecture")).isEqualTo(architecture);
    assertThat(text(robot, "#fact-class")).isEqualTo(elfClass);
    assertThat(text(robot, "#fact-endianness")).isEqualTo("little-endian");
    assertThat(text(robot, "#fact-type")).isEqualTo(type);
    assertThat(text(robot, "#fact-entry"))
        .isEqualTo("0x" + Long.toHexString(doc.elf().header().e_entry()));
    assertThat(text(robot, "#fact-os/abi")).isEqualTo("ELFOSABI_CLOUDABI (17)");
    assertThat(text(robot, "#overview-verdict")).isEqualTo("Runs in the emulator");
  }

  @Test
  void theSymbolTableFiltersAsYouType(FxRobot robot) throws Exception {
    workbench.open(robot, WorkbenchDriver.example("hello", "x86_64"), 60);
    workbench.showPanel(robot, "symbols");
    TableView<SymbolRow> table = WorkbenchDriver.visible(robot, "#symbols-table");
    int all = table.getItems().size();
    assertThat(all).isGreaterThan(10);
    robot.clickOn(WorkbenchDriver.<Node>visible(robot, "#symbols-filter")).write("program_ma");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(table.getItems()).extracting(SymbolRow::name).containsExactly("program_main");
    assertThat(text(robot, "#symbols-summary")).isEqualTo(String.format("1 of %,d symbols", all));
  }

  @Test
  void selectingASectionHighlightsItsBytesInTheHexView(FxRobot robot) throws Exception {
    BinaryDocument doc = workbench.open(robot, WorkbenchDriver.example("hello", "x86_64"), 60);
    SectionHeader text = doc.elf().section(".text").orElseThrow();
    workbench.showPanel(robot, "sections");
    TableView<SectionHeader> sections = WorkbenchDriver.visible(robot, "#sections-table");
    robot.interact(
        () -> {
          sections.getSelectionModel().select(text);
          sections.scrollTo(text);
        });
    // Selecting the row highlights the section; the button brings the hex view to it.
    assertThat(workbench.model().active().get()).isSameAs(doc);
    robot.clickOn(WorkbenchDriver.<Node>visible(robot, "#sections-show-bytes"));
    WaitForAsyncUtils.waitForFxEvents();
    // The hex view is in front, at the section's first byte.
    Node list = WorkbenchDriver.visible(robot, "#hex-rows");
    List<Label> highlighted =
        robot.from(list).lookup(".wb-hex-highlight").queryAllAs(Label.class).stream()
            .filter(Node::isVisible)
            .toList();
    assertThat(highlighted).isNotEmpty();
    int first = doc.bytes().get(text.sh_offset());
    assertThat(highlighted.stream().map(Label::getText)).contains(String.format("%02x", first));
    // A click on a highlighted byte says which structures cover it.
    robot.clickOn(highlighted.get(0));
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.control.ListView<?> covering = WorkbenchDriver.visible(robot, "#hex-covering");
    assertThat(covering.getItems()).anyMatch(s -> s.toString().startsWith("section .text"));
  }

  @Test
  void theDisassemblyOfProgramMainListsItsInstructions(FxRobot robot) throws Exception {
    workbench.open(robot, WorkbenchDriver.example("hello", "aarch64"), 60);
    workbench.showPanel(robot, "symbols");
    robot.clickOn(WorkbenchDriver.<Node>visible(robot, "#symbols-filter")).write("program_main");
    TableView<SymbolRow> table = WorkbenchDriver.visible(robot, "#symbols-table");
    robot.interact(() -> table.getSelectionModel().select(0));
    robot.clickOn(WorkbenchDriver.<Node>visible(robot, "#symbols-disassemble"));
    TableView<InstructionRow> listing = WorkbenchDriver.visible(robot, "#disasm-table");
    WorkbenchDriver.waitFor(30, () -> !listing.getItems().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(text(robot, "#disasm-title")).startsWith("program_main at 0x").contains("aarch64");
    SymbolRow main = table.getItems().get(0);
    // AArch64 instructions are 4 bytes: the listing covers exactly the function.
    assertThat(listing.getItems()).hasSize((int) (main.symbol().st_size() / 4));
    assertThat(listing.getItems().get(0).address()).isEqualTo(main.symbol().st_value());
    assertThat(listing.getItems()).extracting(InstructionRow::mnemonic).contains("bl");
  }

  @Test
  void callsOfARunShowInTheSyscallsPanel(FxRobot robot) throws Exception {
    BinaryDocument doc = workbench.open(robot, WorkbenchDriver.example("hello", "i686"), 60);
    workbench.showPanel(robot, "syscalls");
    TableView<dev.cloudabi.app.inspector.syscalls.SyscallRow> table =
        WorkbenchDriver.visible(robot, "#syscalls-table");
    var write =
        table.getItems().stream()
            .filter(r -> r.name().equals("fd_write"))
            .findFirst()
            .orElseThrow();
    assertThat(write.called().get()).isEqualTo("not run yet");
    // What the run panels will do after a run: fill the binary's shared state.
    robot.interact(
        () ->
            workbench
                .model()
                .inspectorState(doc)
                .syscallCalls()
                .putAll(java.util.Map.of("fd_write", 2L, "proc_exit", 1L)));
    assertThat(write.called().get()).isEqualTo("2 calls");
  }

  private static String text(FxRobot robot, String query) {
    Node node = WorkbenchDriver.visible(robot, query);
    return ((javafx.scene.control.Labeled) node).getText();
  }
}
