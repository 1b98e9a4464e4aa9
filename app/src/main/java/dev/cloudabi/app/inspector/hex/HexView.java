package dev.cloudabi.app.inspector.hex;

import dev.cloudabi.app.binary.ByteRange;
import dev.cloudabi.app.binary.Hex;
import dev.cloudabi.app.inspector.InspectorEvent;
import dev.cloudabi.app.ui.Css;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The hex dump: a virtual list of 16-byte rows, highlighting and selection, and what is there. */
public final class HexView extends BorderPane {
  public static final String LIST_ID = "hex-rows";
  public static final String COVERING_ID = "hex-covering";
  public static final String GOTO_ID = "hex-goto";
  public static final String SELECTION_ID = "hex-selection";
  private static final double ROW_HEIGHT = 20;

  private final HexViewModel model;
  private final ListView<Long> list;
  private boolean pendingReveal;

  public HexView(HexViewModel model, dev.cloudabi.app.events.EventBus<InspectorEvent> events) {
    this.model = model;
    this.list = new ListView<>(model.rows());
    list.setId(LIST_ID);
    list.setFixedCellSize(ROW_HEIGHT);
    list.setCellFactory(l -> new RowCell());

    TextField goTo = new TextField();
    goTo.setId(GOTO_ID);
    goTo.setPromptText("Go to offset (hex, or #decimal)");
    goTo.setOnAction(e -> model.goTo(goTo.getText()).ifPresent(this::scrollTo));
    Label selection = new Label();
    selection.setId(SELECTION_ID);
    selection.textProperty().bind(model.selectionText());
    Label size = new Label(String.format("%,d bytes", model.fileSize()));
    HBox bar = new HBox(10, goTo, selection, size);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.setPadding(new Insets(6));

    ListView<String> covering = new ListView<>(model.covering());
    covering.setId(COVERING_ID);
    Label hint = new Label("Click a byte to see which structures cover it");
    hint.setWrapText(true);
    covering.setPlaceholder(hint);
    Label highlightLabel = new Label();
    highlightLabel
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () -> describe(model.highlight().get()), model.highlight()));
    highlightLabel.setWrapText(true);
    highlightLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    highlightLabel.setMaxWidth(Double.MAX_VALUE);
    VBox side =
        new VBox(
            6,
            new Label("Highlighted"),
            highlightLabel,
            new Label("Structures at the selection"),
            covering);
    side.setPadding(new Insets(6));
    VBox.setVgrow(covering, Priority.ALWAYS);

    SplitPane split = new SplitPane(list, side);
    split.setDividerPositions(0.72);
    setTop(bar);
    setCenter(split);

    // A highlight set while another panel is in front is revealed when this one is shown.
    model
        .highlight()
        .addListener(
            (o, a, range) -> {
              list.refresh();
              pendingReveal = range != null && !isVisible();
            });
    visibleProperty()
        .addListener(
            (o, a, visible) -> {
              if (visible && pendingReveal && model.highlight().get() != null) {
                pendingReveal = false;
                reveal(model.highlight().get());
              }
            });
    model.selection().addListener((o, a, b) -> list.refresh());
    events.subscribe(InspectorEvent.ShowBytes.class, e -> reveal(e.range()));
    ByteRange initial = model.highlight().get();
    if (initial != null) {
      Platform.runLater(() -> reveal(initial));
    }
  }

  private static String describe(ByteRange range) {
    return range == null
        ? "nothing"
        : range.label() + "\n" + Hex.of(range.offset()) + " + " + Hex.of(range.length());
  }

  private void reveal(ByteRange range) {
    list.refresh();
    scrollTo(HexViewModel.rowOf(range.offset()));
  }

  private void scrollTo(int row) {
    list.scrollTo(Math.max(0, row - 2));
    list.getSelectionModel().clearAndSelect(row);
  }

  private final class RowCell extends ListCell<Long> {
    private final HBox box = new HBox();
    private final Label offset = new Label();
    private final Label[] hex = new Label[HexViewModel.BYTES_PER_ROW];
    private final Label ascii = new Label();
    private long rowStart;

    RowCell() {
      box.getStyleClass().add(Css.HEX_ROW);
      offset.getStyleClass().addAll(Css.HEX_OFFSET, Css.MONO);
      ascii.getStyleClass().addAll(Css.HEX_ASCII, Css.MONO);
      box.getChildren().add(offset);
      for (int i = 0; i < hex.length; i++) {
        Label b = new Label();
        b.getStyleClass().addAll(Css.HEX_BYTE, Css.MONO);
        int column = i;
        b.setOnMouseClicked(e -> model.select(rowStart + column, e.isShiftDown()));
        hex[i] = b;
        box.getChildren().add(b);
        if (i == 7) {
          Label gap = new Label(" ");
          gap.getStyleClass().add(Css.MONO);
          box.getChildren().add(gap);
        }
      }
      box.getChildren().add(ascii);
      setText(null);
    }

    @Override
    protected void updateItem(Long row, boolean empty) {
      super.updateItem(row, empty);
      if (empty || row == null) {
        setGraphic(null);
        return;
      }
      rowStart = row * HexViewModel.BYTES_PER_ROW;
      byte[] data = model.rowBytes(row);
      offset.setText(Hex.padded(rowStart, model.offsetDigits()));
      StringBuilder text = new StringBuilder(HexViewModel.BYTES_PER_ROW);
      for (int i = 0; i < hex.length; i++) {
        Label b = hex[i];
        b.getStyleClass().removeAll(Css.HEX_HIGHLIGHT, Css.HEX_SELECTED);
        if (i < data.length) {
          int v = data[i] & 0xff;
          b.setText(Hex.padded(v, 2));
          long at = rowStart + i;
          if (model.isSelected(at)) {
            b.getStyleClass().add(Css.HEX_SELECTED);
          } else if (model.isHighlighted(at)) {
            b.getStyleClass().add(Css.HEX_HIGHLIGHT);
          }
          text.append(v >= 0x20 && v < 0x7f ? (char) v : '.');
        } else {
          b.setText("  ");
        }
      }
      ascii.setText(text.toString());
      setGraphic(box);
    }
  }
}
