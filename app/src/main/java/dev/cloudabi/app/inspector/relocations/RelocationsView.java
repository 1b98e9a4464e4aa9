package dev.cloudabi.app.inspector.relocations;

import dev.cloudabi.app.binary.RelocationRow;
import dev.cloudabi.app.ui.Tables;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;

/** The relocations table. */
public final class RelocationsView extends BorderPane {
  public static final String TABLE_ID = "relocations-table";

  public RelocationsView(RelocationsViewModel model) {
    TextField search = new TextField();
    search.setPromptText("Search by section, type or symbol");
    search.textProperty().bindBidirectional(model.search());
    TableView<RelocationRow> table = Tables.sortable(model.rows());
    table.setId(TABLE_ID);
    table.setFixedCellSize(24);
    table
        .getColumns()
        .setAll(
            List.of(
                Tables.text("Section", 130, RelocationRow::section),
                Tables.hex("Offset", 130, r -> r.relocation().r_offset()),
                Tables.text("Type", 200, RelocationRow::typeName),
                Tables.text("Symbol", 320, r -> r.relocation().symbolName()),
                Tables.text("Addend", 120, RelocationsViewModel::addend),
                Tables.hex("Entry at", 100, r -> r.relocation().fileOffset())));
    table.setPlaceholder(new Label("This binary has no relocations"));
    Tables.onSelectAndOpen(table, model::select, model::open);
    setTop(search);
    BorderPane.setMargin(search, new Insets(6));
    setCenter(table);
  }
}
