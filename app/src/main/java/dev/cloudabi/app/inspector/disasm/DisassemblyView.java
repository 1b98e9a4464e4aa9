package dev.cloudabi.app.inspector.disasm;

import dev.cloudabi.app.binary.Hex;
import dev.cloudabi.app.ui.Tables;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The disassembly listing and what to disassemble. */
public final class DisassemblyView extends BorderPane {
  public static final String TABLE_ID = "disasm-table";
  public static final String TITLE_ID = "disasm-title";
  public static final String FUNCTION_ID = "disasm-function";

  public DisassemblyView(DisassemblyViewModel model) {
    ComboBox<String> function = new ComboBox<>();
    // The list is made when first opened: a big library has tens of thousands of functions.
    function.setOnShowing(
        e -> {
          if (function.getItems().isEmpty()) {
            function.getItems().setAll(model.functions());
          }
        });
    function.setId(FUNCTION_ID);
    function.setPromptText("Function");
    function.setPrefWidth(260);
    function.setOnAction(
        e -> {
          if (function.getValue() != null) {
            model.disassembleFunction(function.getValue());
          }
        });
    Button entry = new Button("Entry point");
    entry.setOnAction(e -> model.disassembleEntry());
    TextField address = new TextField();
    address.setPrefColumnCount(12);
    address.textProperty().bindBidirectional(model.address());
    TextField length = new TextField();
    length.setPrefColumnCount(7);
    length.textProperty().bindBidirectional(model.length());
    Button go = new Button("Disassemble");
    go.setDefaultButton(false);
    go.setOnAction(e -> model.disassembleTyped());
    address.setOnAction(e -> model.disassembleTyped());
    HBox bar =
        new HBox(
            8, function, entry, new Label("Address"), address, new Label("Length"), length, go);
    bar.setAlignment(Pos.CENTER_LEFT);
    Label title = new Label();
    title.setId(TITLE_ID);
    title.textProperty().bind(model.title());
    VBox top = new VBox(6, bar, title);
    top.setPadding(new Insets(6));

    TableView<InstructionRow> table = new TableView<>(model.rows());
    table.setId(TABLE_ID);
    table.setFixedCellSize(24);
    table
        .getColumns()
        .setAll(
            List.of(
                Tables.text("Address", 130, r -> Hex.of(r.address())),
                Tables.text("Bytes", 220, InstructionRow::hex),
                Tables.text("Mnemonic", 100, InstructionRow::mnemonic),
                Tables.text("Operands", 280, InstructionRow::operands),
                Tables.text("Target", 260, InstructionRow::targetName)));
    table.getColumns().forEach(c -> c.setSortable(false));
    table.setPlaceholder(new Label("Pick a function, the entry point, or an address"));
    Tables.onSelectAndOpen(table, model::select, model::open);
    setTop(top);
    setCenter(table);
  }
}
