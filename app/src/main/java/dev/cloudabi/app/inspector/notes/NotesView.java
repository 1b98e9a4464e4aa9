package dev.cloudabi.app.inspector.notes;

import dev.cloudabi.app.ui.Tables;
import dev.cloudabi.elf.ElfNote;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** The notes table. */
public final class NotesView extends BorderPane {
  public static final String TABLE_ID = "notes-table";

  public NotesView(NotesViewModel model) {
    TableView<ElfNote> table = Tables.sortable(FXCollections.observableArrayList(model.notes()));
    table.setId(TABLE_ID);
    table
        .getColumns()
        .setAll(
            List.of(
                Tables.text("Container", 160, ElfNote::container),
                Tables.text("Owner", 100, ElfNote::name),
                Tables.text("Type", 200, ElfNote::typeName),
                Tables.hex("Offset", 100, ElfNote::fileOffset),
                Tables.number("Desc size", 80, ElfNote::n_descsz),
                Tables.text("Meaning", 420, NotesViewModel::meaning)));
    table.setPlaceholder(new Label("This binary has no notes"));
    Tables.onSelectAndOpen(table, model::select, model::open);
    setCenter(table);
  }
}
