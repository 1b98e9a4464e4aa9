package dev.cloudabi.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.app.TestBinaries;
import dev.cloudabi.app.binary.ByteRange;
import dev.cloudabi.app.inspector.hex.HexViewModel;
import dev.cloudabi.app.inspector.layout.Block;
import dev.cloudabi.app.inspector.layout.Lane;
import dev.cloudabi.app.inspector.layout.LayoutViewModel;
import dev.cloudabi.app.inspector.overview.Fact;
import dev.cloudabi.app.inspector.overview.OverviewViewModel;
import dev.cloudabi.app.inspector.sections.SectionsViewModel;
import dev.cloudabi.app.inspector.symbols.SymbolsViewModel;
import dev.cloudabi.app.inspector.syscalls.SyscallRow;
import dev.cloudabi.app.inspector.syscalls.SyscallsViewModel;
import dev.cloudabi.elf.SectionHeader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InspectorViewModelsTest {
  private InspectorContext context;
  private final List<InspectorEvent> events = new ArrayList<>();

  @BeforeEach
  void openHello() throws Exception {
    context = TestBinaries.context(TestBinaries.example("hello", "x86_64"));
    context.events().subscribe(InspectorEvent.class, events::add);
  }

  @Test
  void overviewShowsTheIdentityAndLinksFactsToHeaderFields() {
    OverviewViewModel model = new OverviewViewModel(context);
    assertThat(model.facts())
        .extracting(Fact::name, Fact::value)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Class", "ELFCLASS64"),
            org.assertj.core.groups.Tuple.tuple("Type", "ET_DYN"),
            org.assertj.core.groups.Tuple.tuple("Endianness", "little-endian"));
    assertThat(model.verdict()).isEqualTo("Runs in the emulator");
    Fact osabi =
        model.facts().stream().filter(f -> f.name().equals("OS/ABI")).findFirst().orElseThrow();
    model.show(osabi.bytes());
    assertThat(context.state().highlight().get())
        .isEqualTo(new ByteRange(7, 1, "ELF header EI_OSABI"));
    assertThat(events)
        .containsExactly(new InspectorEvent.ShowBytes(new ByteRange(7, 1, "ELF header EI_OSABI")));
  }

  @Test
  void symbolFiltersCombineNameTypeBindingAndSection() {
    SymbolsViewModel model = new SymbolsViewModel(context);
    int all = model.rows().size();
    model.nameFilter().set("PROGRAM_MA");
    assertThat(model.rows()).extracting(r -> r.name()).containsExactly("program_main");
    model.nameFilter().set("");
    model.typeFilter().set("STT_FUNC");
    assertThat(model.rows()).allMatch(r -> r.isFunction()).hasSizeLessThan(all);
    model.sectionFilter().set(".text");
    assertThat(model.rows()).allMatch(r -> r.section().equals(".text"));
    model.typeFilter().set(SymbolsViewModel.ANY);
    model.sectionFilter().set(SymbolsViewModel.ANY);
    assertThat(model.rows()).hasSize(all);
    assertThat(model.summary().get()).isEqualTo(String.format("%,d of %,d symbols", all, all));
  }

  @Test
  void disassemblingASymbolAsksForItsAddressAndSize() {
    SymbolsViewModel model = new SymbolsViewModel(context);
    model.nameFilter().set("program_main");
    var main = model.rows().get(0);
    model.open(main);
    assertThat(events)
        .containsExactly(
            new InspectorEvent.ShowDisassembly(
                main.symbol().st_value(), main.symbol().st_size(), "program_main"));
  }

  @Test
  void selectingASectionHighlightsItsBytesAndSearchFiltersByName() {
    SectionsViewModel model = new SectionsViewModel(context);
    SectionHeader text =
        model.sections().stream().filter(s -> s.name().equals(".text")).findFirst().orElseThrow();
    model.select(text);
    assertThat(context.state().highlight().get())
        .isEqualTo(new ByteRange(text.sh_offset(), text.sh_size(), "section .text"));
    assertThat(events).isEmpty();
    model.search().set("rodata");
    assertThat(model.sections())
        .extracting(SectionHeader::name)
        .allMatch(n -> n.contains("rodata"));
  }

  @Test
  void hexRowsComeFromTheFileAndAClickNamesTheCoveringStructures() {
    HexViewModel model = new HexViewModel(context);
    long size = context.document().elf().fileSize();
    assertThat(model.rows()).hasSize((int) ((size + 15) / 16));
    assertThat(model.rowBytes(0)).startsWith(0x7f, 'E', 'L', 'F');
    model.select(18, false);
    assertThat(model.covering()).first().isEqualTo("ELF header: e_machine");
    assertThat(model.covering()).anyMatch(s -> s.startsWith("segment ") && s.contains("PT_LOAD"));
    assertThat(model.selectionText().get()).isEqualTo("Byte at 0x12 = 0x3e");
    model.select(19, true);
    assertThat(model.selection().get()).isEqualTo(new ByteRange(18, 2, "selection"));
    assertThat(HexViewModel.parseOffset("0x40")).hasValue(64);
    assertThat(HexViewModel.parseOffset("#64")).hasValue(64);
    assertThat(model.goTo("zz")).isEmpty();
  }

  @Test
  void layoutDrawsSegmentsAndSectionsToScaleInsideTheirLanes() {
    LayoutViewModel model = new LayoutViewModel(context);
    assertThat(model.lanes())
        .extracting(Lane::title)
        .containsExactly(
            "File: PT_LOAD segments",
            "File: other segments",
            "File: sections",
            "Memory: PT_LOAD segments",
            "Memory: other segments",
            "Memory: sections");
    for (Lane lane : model.lanes()) {
      assertThat(lane.blocks()).as(lane.title()).isNotEmpty();
      for (Block b : lane.blocks()) {
        assertThat(b.start()).isBetween(0.0, 1.0);
        assertThat(b.start() + b.width()).isLessThanOrEqualTo(1.0 + 1e-9);
      }
    }
    Block text =
        model.lanes().get(2).blocks().stream()
            .filter(b -> b.label().equals(".text"))
            .findFirst()
            .orElseThrow();
    model.select(text);
    assertThat(context.state().highlight().get()).isEqualTo(text.bytes().orElseThrow());
  }

  @Test
  void syscallImportsListCarriedNamesAndTheCallsOfTheLastRun() {
    SyscallsViewModel model = new SyscallsViewModel(context);
    SyscallRow write =
        model.rows().stream().filter(r -> r.name().equals("fd_write")).findFirst().orElseThrow();
    assertThat(write.carried()).isTrue();
    assertThat(write.provided()).isEqualTo("yes");
    assertThat(write.called().get()).isEqualTo(SyscallsViewModel.NOT_RUN);
    context.state().syscallCalls().put("fd_write", 3L);
    assertThat(write.called().get()).isEqualTo("3 calls");
    SyscallRow other =
        model.rows().stream().filter(r -> r.name().equals("file_open")).findFirst().orElseThrow();
    assertThat(other.called().get()).isEqualTo("not called");
  }

  @Test
  void aSectionSelectedElsewhereIsSelectedInTheLayoutToo() {
    LayoutViewModel layout = new LayoutViewModel(context);
    SectionsViewModel sections = new SectionsViewModel(context);
    SectionHeader rodata =
        sections.sections().stream()
            .filter(s -> s.name().equals(".rodata"))
            .findFirst()
            .orElseThrow();
    sections.select(rodata);
    assertThat(layout.selected().get().label()).isEqualTo(".rodata");
  }
}
