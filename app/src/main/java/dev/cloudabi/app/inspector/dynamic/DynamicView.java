package dev.cloudabi.app.inspector.dynamic;

import dev.cloudabi.app.ui.Tables;
import dev.cloudabi.elf.DynamicEntry;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

/** The dynamic entries table. */
public final class DynamicView extends BorderPane {
  public static final String TABLE_ID = "dynamic-table";

  public DynamicView(DynamicViewModel model) {
    TableView<DynamicEntry> table =
        Tables.sortable(FXCollections.observableArrayList(model.entries()));
    table.setId(TABLE_ID);
    table
        .getColumns()
        .setAll(
            List.of(
                Tables.number("#", 50, DynamicEntry::index),
                Tables.text("Tag", 200, DynamicEntry::tagName),
                Tables.text("Value", 420, DynamicViewModel::value),
                Tables.hex("Offset", 100, DynamicEntry::fileOffset)));
    table.setPlaceholder(new Label("This binary has no dynamic array"));
    Tables.onSelectAndOpen(table, model::select, model::open);
    setCenter(table);
  }
}
