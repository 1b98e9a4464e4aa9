package dev.cloudabi.app.ui;

import dev.cloudabi.app.binary.Hex;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;

/** Small builders for the read-only tables of the inspector. */
public final class Tables {
  private Tables() {}

  /** A sortable table over {@code items} (the sort order follows the column headers). */
  public static <T> TableView<T> sortable(ObservableList<T> items) {
    SortedList<T> sorted = new SortedList<>(items);
    TableView<T> table = new TableView<>(sorted);
    sorted.comparatorProperty().bind(table.comparatorProperty());
    return table;
  }

  public static <T> TableColumn<T, String> text(
      String title, double width, Function<T, String> value) {
    TableColumn<T, String> column = new TableColumn<>(title);
    column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    column.setPrefWidth(width);
    return column;
  }

  /** A column that shows hex and sorts by unsigned value. */
  public static <T> TableColumn<T, Long> hex(String title, double width, ToLongFunction<T> value) {
    TableColumn<T, Long> column = new TableColumn<>(title);
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsLong(c.getValue())));
    column.setComparator(Long::compareUnsigned);
    column.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(Long item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Hex.of(item));
              }
            });
    column.getStyleClass().add(Css.MONO);
    column.setPrefWidth(width);
    return column;
  }

  /** A column that shows a decimal number and sorts numerically. */
  public static <T> TableColumn<T, Long> number(
      String title, double width, ToLongFunction<T> value) {
    TableColumn<T, Long> column = new TableColumn<>(title);
    column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsLong(c.getValue())));
    column.setPrefWidth(width);
    return column;
  }

  /** Calls {@code onSelect} when the selection changes and {@code onOpen} on a double click. */
  public static <T> void onSelectAndOpen(
      TableView<T> table, Consumer<T> onSelect, Consumer<T> onOpen) {
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, item) -> onSelect.accept(item));
    table.setRowFactory(
        t -> {
          TableRow<T> row = new TableRow<>();
          row.setOnMouseClicked(
              e -> {
                if (e.getButton() == MouseButton.PRIMARY
                    && e.getClickCount() == 2
                    && !row.isEmpty()) {
                  onOpen.accept(row.getItem());
                }
              });
          return row;
        });
  }
}
