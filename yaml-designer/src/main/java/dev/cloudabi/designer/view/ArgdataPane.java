package dev.cloudabi.designer.view;

import dev.cloudabi.designer.argdata.ArgdataPreview;
import dev.cloudabi.designer.argdata.ByteSpan;
import dev.cloudabi.designer.argdata.DescriptorRow;
import dev.cloudabi.designer.argdata.HexRow;
import dev.cloudabi.designer.argdata.Rights;
import dev.cloudabi.designer.model.Analysis;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * What the program receives: the Argdata bytes as hex, with the selected node's value (and key)
 * highlighted, and the descriptor table after renumbering.
 */
final class ArgdataPane extends VBox {
  static final String SIZE_ID = "designer-argdata-size";
  static final String HEX_ID = "designer-hex";
  static final String DESCRIPTORS_ID = "designer-descriptors";

  private final DesignerViewModel model;
  private final Label size = new Label();
  private final ListView<HexRow> hex = new ListView<>();
  private final TableView<DescriptorRow> descriptors = new TableView<>();

  ArgdataPane(DesignerViewModel model) {
    this.model = model;
    size.setId(SIZE_ID);
    size.getStyleClass().add(DesignerCss.PANE_TITLE);
    hex.setId(HEX_ID);
    hex.setCellFactory(l -> new HexCell());
    hex.getStyleClass().add(DesignerCss.HEX_LIST);
    hex.setFixedCellSize(22);
    descriptors.setId(DESCRIPTORS_ID);
    descriptors.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    descriptors.getColumns().add(column("fd", d -> String.valueOf(d.guestFd()), 40));
    descriptors.getColumns().add(column("Capability", DescriptorRow::capability, 140));
    TableColumn<DescriptorRow, String> host = column("On the host", DescriptorRow::host, 200);
    host.setCellFactory(c -> new NoteCell(DescriptorRow::hostNote));
    descriptors.getColumns().add(host);
    TableColumn<DescriptorRow, String> rights = column("Rights", DescriptorRow::rightsText, 200);
    rights.setCellFactory(c -> new RightsCell());
    descriptors.getColumns().add(rights);
    descriptors.setPlaceholder(new Label("No descriptors: the program gets no capabilities"));
    Label table = new Label("Descriptors after renumbering");
    table.getStyleClass().add(DesignerCss.PANE_TITLE);
    VBox.setVgrow(descriptors, Priority.ALWAYS);
    SplitPane split = new SplitPane(hex, new VBox(table, descriptors));
    split.setOrientation(Orientation.VERTICAL);
    VBox.setVgrow(split, Priority.ALWAYS);
    getChildren().addAll(size, split);
    model.analysis().addListener((o, a, analysis) -> show(analysis));
    model.selection().addListener((o, a, b) -> highlight());
    show(model.analysis().get());
  }

  private void show(Analysis analysis) {
    Optional<ArgdataPreview> preview = analysis.preview();
    size.setText(
        preview
            .map(p -> "Argdata: " + p.size() + " bytes")
            .orElse("Argdata: none while the configuration has an error"));
    hex.getItems().setAll(preview.map(ArgdataPreview::rows).orElse(java.util.List.of()));
    descriptors
        .getItems()
        .setAll(preview.map(ArgdataPreview::descriptors).orElse(java.util.List.of()));
    hex.setPlaceholder(
        new Label(analysis.error().map(e -> "No bytes: " + e.message()).orElse("No bytes")));
    highlight();
  }

  private void highlight() {
    hex.refresh();
    model
        .selectedBytes()
        .ifPresent(span -> hex.scrollTo(Math.max(0, span.offset() / HexRow.WIDTH - 1)));
  }

  private static TableColumn<DescriptorRow, String> column(
      String title, Function<DescriptorRow, String> value, double width) {
    TableColumn<DescriptorRow, String> column = new TableColumn<>(title);
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    column.setPrefWidth(width);
    column.setSortable(false);
    return column;
  }

  /** A row of 16 bytes; those of the selected value and key carry a highlight class. */
  private final class HexCell extends ListCell<HexRow> {
    @Override
    protected void updateItem(HexRow row, boolean empty) {
      super.updateItem(row, empty);
      setText(null);
      if (empty || row == null) {
        setGraphic(null);
        return;
      }
      Optional<ByteSpan> value = model.selectedBytes();
      Optional<ByteSpan> key = model.selectedKeyBytes();
      HBox line = new HBox();
      line.getStyleClass().add(DesignerCss.HEX_ROW);
      Label offset = new Label(row.offsetText());
      offset.getStyleClass().addAll(DesignerCss.HEX_OFFSET, DesignerCss.MONO);
      line.getChildren().add(offset);
      for (int i = 0; i < row.size(); i++) {
        int at = row.offset() + i;
        Label b = new Label(row.hex(i));
        b.getStyleClass().addAll(DesignerCss.HEX_BYTE, DesignerCss.MONO);
        if (value.isPresent() && value.get().contains(at)) {
          b.getStyleClass().add(DesignerCss.HEX_VALUE);
        } else if (key.isPresent() && key.get().contains(at)) {
          b.getStyleClass().add(DesignerCss.HEX_KEY);
        }
        line.getChildren().add(b);
      }
      Label ascii = new Label(row.ascii());
      ascii.getStyleClass().addAll(DesignerCss.HEX_ASCII, DesignerCss.MONO);
      line.getChildren().add(ascii);
      setGraphic(line);
    }
  }

  /** A cell whose full text (e.g. the absolute path a {@code !file} opens) is in a tooltip. */
  private static final class NoteCell extends TableCell<DescriptorRow, String> {
    private final Function<DescriptorRow, String> note;

    NoteCell(Function<DescriptorRow, String> note) {
      this.note = note;
    }

    @Override
    protected void updateItem(String text, boolean empty) {
      super.updateItem(text, empty);
      DescriptorRow row = empty ? null : getTableRow().getItem();
      setText(empty ? null : text);
      setTooltip(row == null ? null : new Tooltip(note.apply(row)));
    }
  }

  /** The rights as hex, with their names in a tooltip. */
  private static final class RightsCell extends TableCell<DescriptorRow, String> {
    @Override
    protected void updateItem(String text, boolean empty) {
      super.updateItem(text, empty);
      DescriptorRow row = empty ? null : getTableRow().getItem();
      setText(empty ? null : text);
      setTooltip(
          row == null || row.rights().isEmpty()
              ? null
              : new Tooltip(
                  "base: "
                      + String.join(", ", Rights.names(row.rights().get().base()))
                      + "\ninheriting: "
                      + String.join(", ", Rights.names(row.rights().get().inheriting()))));
    }
  }
}
