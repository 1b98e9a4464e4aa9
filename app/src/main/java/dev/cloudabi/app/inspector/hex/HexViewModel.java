package dev.cloudabi.app.inspector.hex;

import dev.cloudabi.app.binary.ByteRange;
import dev.cloudabi.app.binary.FileBytes;
import dev.cloudabi.app.binary.Hex;
import dev.cloudabi.app.inspector.InspectorContext;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The file as rows of 16 bytes read on demand from the mapping, the highlighted structure, the
 * bytes the user selected, and the structures that cover them.
 */
public final class HexViewModel {
  public static final int BYTES_PER_ROW = 16;

  private final InspectorContext context;
  private final FileBytes bytes;
  private final RowIndexList rows;
  private final ReadOnlyObjectWrapper<ByteRange> selection = new ReadOnlyObjectWrapper<>();
  private final ObservableList<String> covering = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper selectionText = new ReadOnlyStringWrapper("Click a byte");
  private long anchor = -1;

  public HexViewModel(InspectorContext context) {
    this.context = context;
    this.bytes = context.document().bytes();
    this.rows = new RowIndexList((bytes.size() + BYTES_PER_ROW - 1) / BYTES_PER_ROW);
  }

  public ObservableList<Long> rows() {
    return rows;
  }

  public int offsetDigits() {
    return Math.max(8, Long.toHexString(Math.max(bytes.size() - 1, 0)).length());
  }

  /** The bytes of row {@code row} (fewer than 16 in the last row). */
  public byte[] rowBytes(long row) {
    return bytes.read(row * BYTES_PER_ROW, BYTES_PER_ROW);
  }

  public static int rowOf(long offset) {
    return (int) (offset / BYTES_PER_ROW);
  }

  public ObjectProperty<ByteRange> highlight() {
    return context.state().highlight();
  }

  public ReadOnlyObjectProperty<ByteRange> selection() {
    return selection.getReadOnlyProperty();
  }

  public ObservableList<String> covering() {
    return covering;
  }

  public ReadOnlyStringProperty selectionText() {
    return selectionText.getReadOnlyProperty();
  }

  public boolean isHighlighted(long offset) {
    ByteRange h = highlight().get();
    return h != null && offset >= h.offset() && offset < h.end();
  }

  public boolean isSelected(long offset) {
    ByteRange s = selection.get();
    return s != null && offset >= s.offset() && offset < s.end();
  }

  /** A click on a byte; with {@code extend} the selection grows from the previous click. */
  public void select(long offset, boolean extend) {
    if (offset < 0 || offset >= bytes.size()) {
      return;
    }
    if (!extend || anchor < 0) {
      anchor = offset;
    }
    long start = Math.min(anchor, offset);
    long end = Math.max(anchor, offset) + 1;
    selection.set(new ByteRange(start, end - start, "selection"));
    List<String> structures = context.document().structures().covering(offset);
    covering.setAll(
        structures.isEmpty() ? List.of("no structure (padding or unused bytes)") : structures);
    selectionText.set(
        end - start == 1
            ? "Byte at " + Hex.of(offset) + " = " + Hex.of(bytes.get(offset))
            : "Bytes " + Hex.of(start) + "…" + Hex.of(end - 1) + " (" + (end - start) + " bytes)");
  }

  /** Parses a "go to" entry: hex with or without 0x, or decimal with a leading '#'. */
  public static OptionalLong parseOffset(String text) {
    if (text == null) {
      return OptionalLong.empty();
    }
    String t = text.trim();
    try {
      if (t.startsWith("#")) {
        return OptionalLong.of(Long.parseLong(t.substring(1)));
      }
      if (t.startsWith("0x") || t.startsWith("0X")) {
        t = t.substring(2);
      }
      return t.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseUnsignedLong(t, 16));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** Selects the byte at a typed offset; returns the row to scroll to, if the offset is valid. */
  public Optional<Integer> goTo(String text) {
    OptionalLong offset = parseOffset(text);
    if (offset.isEmpty() || offset.getAsLong() >= bytes.size() || offset.getAsLong() < 0) {
      return Optional.empty();
    }
    select(offset.getAsLong(), false);
    return Optional.of(rowOf(offset.getAsLong()));
  }

  public long fileSize() {
    return bytes.size();
  }
}
