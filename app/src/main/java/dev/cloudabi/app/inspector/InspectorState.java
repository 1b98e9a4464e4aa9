package dev.cloudabi.app.inspector;

import dev.cloudabi.app.binary.ByteRange;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The observable state the panels of one binary share: the structure whose bytes are highlighted (a
 * header, section, segment, symbol, relocation or finding evidence).
 */
public final class InspectorState {
  private final ObjectProperty<ByteRange> highlight = new SimpleObjectProperty<>();

  public ObjectProperty<ByteRange> highlight() {
    return highlight;
  }
}
