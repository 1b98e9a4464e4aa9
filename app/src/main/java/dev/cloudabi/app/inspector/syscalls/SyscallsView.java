package dev.cloudabi.app.inspector.syscalls;

import dev.cloudabi.app.ui.Tables;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The system call imports table. */
public final class SyscallsView extends BorderPane {
  public static final String TABLE_ID = "syscalls-table";

  public SyscallsView(SyscallsViewModel model) {
    TableView<SyscallRow> table = Tables.sortable(FXCollections.observableArrayList(model.rows()));
    table.setId(TABLE_ID);
    TableColumn<SyscallRow, String> called = new TableColumn<>("Called (last run)");
    called.setCellValueFactory(c -> c.getValue().called());
    called.setPrefWidth(160);
    table
        .getColumns()
        .setAll(
            List.of(
                Tables.text("System call", 260, r -> "cloudabi_sys_" + r.name()),
                Tables.text("Carried", 90, r -> r.carried() ? "yes" : "no"),
                Tables.text("Wrapper", 90, r -> r.wrapper() ? "yes" : "no"),
                Tables.text("Reached by code", 150, SyscallRow::reached),
                Tables.text("Emulator provides", 160, SyscallRow::provided),
                called));
    table.setPlaceholder(new Label("This binary carries no cloudabi_sys_* names"));
    Tables.onSelectAndOpen(table, model::select, model::open);
    Label summary = new Label(model.summary());
    summary.setWrapText(true);
    Label compatibility = new Label(model.compatibility());
    compatibility.setWrapText(true);
    VBox top = new VBox(4, summary, compatibility);
    top.setPadding(new Insets(6));
    setTop(top);
    setCenter(table);
  }
}
