package dev.cloudabi.app.inspector;

import dev.cloudabi.app.inspector.disasm.DisassemblyView;
import dev.cloudabi.app.inspector.disasm.DisassemblyViewModel;
import dev.cloudabi.app.inspector.dynamic.DynamicView;
import dev.cloudabi.app.inspector.dynamic.DynamicViewModel;
import dev.cloudabi.app.inspector.hex.HexView;
import dev.cloudabi.app.inspector.hex.HexViewModel;
import dev.cloudabi.app.inspector.layout.LayoutView;
import dev.cloudabi.app.inspector.layout.LayoutViewModel;
import dev.cloudabi.app.inspector.notes.NotesView;
import dev.cloudabi.app.inspector.notes.NotesViewModel;
import dev.cloudabi.app.inspector.overview.OverviewView;
import dev.cloudabi.app.inspector.overview.OverviewViewModel;
import dev.cloudabi.app.inspector.relocations.RelocationsView;
import dev.cloudabi.app.inspector.relocations.RelocationsViewModel;
import dev.cloudabi.app.inspector.sections.SectionsView;
import dev.cloudabi.app.inspector.sections.SectionsViewModel;
import dev.cloudabi.app.inspector.symbols.SymbolsView;
import dev.cloudabi.app.inspector.symbols.SymbolsViewModel;
import dev.cloudabi.app.inspector.syscalls.SyscallsView;
import dev.cloudabi.app.inspector.syscalls.SyscallsViewModel;
import java.util.List;
import org.kordamp.ikonli.feather.Feather;

/**
 * The inspector panels of a binary, in tab order: one line per panel (as AtlantaFX's sampler
 * registers its pages). Panels never reference each other; they share {@link InspectorState} and
 * the {@link InspectorEvent} bus of their {@link InspectorContext}.
 */
public final class InspectorPanels {
  public static final String OVERVIEW = "overview";
  public static final String SECTIONS = "sections";
  public static final String SYMBOLS = "symbols";
  public static final String HEX = "hex";
  public static final String DISASSEMBLY = "disassembly";
  public static final String SYSCALLS = "syscalls";
  public static final String LAYOUT = "layout";

  private InspectorPanels() {}

  public static List<PanelSpec> all() {
    return List.of(
        new PanelSpec(
            OVERVIEW, "Overview", Feather.INFO, c -> new OverviewView(new OverviewViewModel(c))),
        new PanelSpec(
            SECTIONS, "Sections", Feather.LAYERS, c -> new SectionsView(new SectionsViewModel(c))),
        new PanelSpec(
            LAYOUT, "Layout", Feather.BAR_CHART_2, c -> new LayoutView(new LayoutViewModel(c))),
        new PanelSpec(
            SYMBOLS, "Symbols", Feather.LIST, c -> new SymbolsView(new SymbolsViewModel(c))),
        new PanelSpec(
            "notes", "Notes", Feather.FILE_TEXT, c -> new NotesView(new NotesViewModel(c))),
        new PanelSpec(
            "dynamic", "Dynamic", Feather.LINK, c -> new DynamicView(new DynamicViewModel(c))),
        new PanelSpec(
            "relocations",
            "Relocations",
            Feather.SHUFFLE,
            c -> new RelocationsView(new RelocationsViewModel(c))),
        new PanelSpec(
            SYSCALLS,
            "Syscalls",
            Feather.PHONE_CALL,
            c -> new SyscallsView(new SyscallsViewModel(c))),
        new PanelSpec(
            DISASSEMBLY,
            "Disassembly",
            Feather.CODE,
            c -> new DisassemblyView(new DisassemblyViewModel(c))),
        new PanelSpec(HEX, "Hex", Feather.HASH, c -> new HexView(new HexViewModel(c), c.events())));
  }
}
