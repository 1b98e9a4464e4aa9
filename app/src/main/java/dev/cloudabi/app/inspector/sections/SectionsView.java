package dev.cloudabi.app.inspector.sections;

import dev.cloudabi.app.ui.Tables;
import dev.cloudabi.elf.ProgramHeader;
import dev.cloudabi.elf.SectionHeader;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The sections and segments tables; selecting a row highlights its bytes, a double click shows
 * them.
 */
public final class SectionsView extends BorderPane {
  public static final String SECTIONS_ID = "sections-table";
  public static final String SEGMENTS_ID = "segments-table";
  public static final String SEARCH_ID = "sections-search";
  public static final String SHOW_SECTION_ID = "sections-show-bytes";

  public SectionsView(SectionsViewModel model) {
    TextField search = new TextField();
    search.setId(SEARCH_ID);
    search.setPromptText("Search sections and segments by name, type, flags or address");
    search.textProperty().bindBidirectional(model.search());

    TableView<SectionHeader> sections = Tables.sortable(model.sections());
    sections.setId(SECTIONS_ID);
    sections
        .getColumns()
        .setAll(
            List.of(
                Tables.number("#", 50, SectionHeader::index),
                Tables.text("Name", 180, SectionHeader::name),
                Tables.text("Type", 130, SectionsViewModel::typeName),
                Tables.text("Flags", 200, SectionsViewModel::flags),
                Tables.hex("Address", 120, SectionHeader::sh_addr),
                Tables.hex("Offset", 100, SectionHeader::sh_offset),
                Tables.hex("Size", 100, SectionHeader::sh_size),
                Tables.number("Link", 50, SectionHeader::sh_link),
                Tables.number("Info", 50, SectionHeader::sh_info),
                Tables.number("Align", 60, SectionHeader::sh_addralign),
                Tables.hex("EntSize", 70, SectionHeader::sh_entsize)));
    Tables.onSelectAndOpen(sections, model::select, model::open);

    TableView<ProgramHeader> segments = Tables.sortable(model.segments());
    segments.setId(SEGMENTS_ID);
    segments
        .getColumns()
        .setAll(
            List.of(
                Tables.number("#", 50, ProgramHeader::index),
                Tables.text("Type", 140, SectionsViewModel::typeName),
                Tables.text("Flags", 60, SectionsViewModel::flags),
                Tables.hex("Offset", 100, ProgramHeader::p_offset),
                Tables.hex("VirtAddr", 120, ProgramHeader::p_vaddr),
                Tables.hex("PhysAddr", 120, ProgramHeader::p_paddr),
                Tables.hex("FileSiz", 100, ProgramHeader::p_filesz),
                Tables.hex("MemSiz", 100, ProgramHeader::p_memsz),
                Tables.hex("Align", 80, ProgramHeader::p_align)));
    Tables.onSelectAndOpen(segments, model::select, model::open);

    SplitPane split =
        new SplitPane(titled("Sections", sections), titled("Segments (program headers)", segments));
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.6);
    javafx.scene.control.Button showSection = new javafx.scene.control.Button("Show section bytes");
    showSection.setId(SHOW_SECTION_ID);
    showSection
        .disableProperty()
        .bind(sections.getSelectionModel().selectedItemProperty().isNull());
    showSection.setOnAction(e -> model.open(sections.getSelectionModel().getSelectedItem()));
    javafx.scene.control.Button showSegment = new javafx.scene.control.Button("Show segment bytes");
    showSegment
        .disableProperty()
        .bind(segments.getSelectionModel().selectedItemProperty().isNull());
    showSegment.setOnAction(e -> model.open(segments.getSelectionModel().getSelectedItem()));
    javafx.scene.layout.HBox bar =
        new javafx.scene.layout.HBox(8, search, showSection, showSegment);
    javafx.scene.layout.HBox.setHgrow(search, javafx.scene.layout.Priority.ALWAYS);
    bar.setPadding(new Insets(6));
    setTop(bar);
    setCenter(split);
  }

  private static VBox titled(String title, TableView<?> table) {
    VBox box = new VBox(new Label(title), table);
    box.setSpacing(2);
    VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
    return box;
  }
}
