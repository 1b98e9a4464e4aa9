package dev.cloudabi.app.inspector.symbols;

import dev.cloudabi.app.binary.SymbolRow;
import dev.cloudabi.app.ui.Css;
import dev.cloudabi.app.ui.Tables;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A virtualised table of every symbol with filters, and buttons to its bytes and disassembly. */
public final class SymbolsView extends BorderPane {
  public static final String TABLE_ID = "symbols-table";
  public static final String FILTER_ID = "symbols-filter";
  public static final String SUMMARY_ID = "symbols-summary";
  public static final String DISASSEMBLE_ID = "symbols-disassemble";
  public static final String BYTES_ID = "symbols-bytes";

  public SymbolsView(SymbolsViewModel model) {
    TextField filter = new TextField();
    filter.setId(FILTER_ID);
    filter.setPromptText("Filter by name (demangled or raw)");
    filter.textProperty().bindBidirectional(model.nameFilter());
    HBox.setHgrow(filter, Priority.ALWAYS);

    Label summary = new Label();
    summary.setId(SUMMARY_ID);
    summary.textProperty().bind(model.summary());

    TableView<SymbolRow> table = Tables.sortable(model.rows());
    table.setId(TABLE_ID);
    table.setFixedCellSize(24);
    table
        .getColumns()
        .setAll(
            List.of(
                Tables.text("Name", 420, SymbolRow::displayName),
                Tables.hex("Value", 130, r -> r.symbol().st_value()),
                Tables.number("Size", 80, r -> r.symbol().st_size()),
                Tables.text("Type", 80, r -> r.symbol().typeName()),
                Tables.text("Binding", 80, r -> r.symbol().bindName()),
                Tables.text("Visibility", 90, r -> r.symbol().visibilityName()),
                Tables.text("Section", 120, SymbolRow::section),
                Tables.text("Table", 70, SymbolRow::table),
                Tables.text("Raw name", 300, SymbolRow::name)));
    table.setPlaceholder(new Label("No symbol matches the filter"));
    Tables.onSelectAndOpen(table, model::select, model::open);

    Button bytes = new Button("Show bytes");
    bytes.setId(BYTES_ID);
    bytes.setOnAction(e -> model.showBytes(table.getSelectionModel().getSelectedItem()));
    bytes.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    Button disassemble = new Button("Disassemble");
    disassemble.setId(DISASSEMBLE_ID);
    disassemble.setOnAction(e -> model.disassemble(table.getSelectionModel().getSelectedItem()));
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, a, row) -> disassemble.setDisable(!model.canDisassemble(row)));
    disassemble.setDisable(true);

    Region spacer = new Region();
    spacer.getStyleClass().add(Css.TOOLBAR_SPACER);
    HBox.setHgrow(spacer, Priority.SOMETIMES);
    HBox bar =
        new HBox(
            8,
            filter,
            new Label("Type"),
            combo(model.types(), model.typeFilter(), "symbols-type"),
            new Label("Binding"),
            combo(model.bindings(), model.bindingFilter(), "symbols-binding"),
            new Label("Section"),
            combo(model.sections(), model.sectionFilter(), "symbols-section"),
            summary,
            spacer,
            bytes,
            disassemble);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(6));
    setTop(bar);
    setCenter(table);
  }

  private static ComboBox<String> combo(
      List<String> values, javafx.beans.property.StringProperty target, String id) {
    ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(values));
    box.setId(id);
    box.valueProperty().bindBidirectional(target);
    return box;
  }
}
