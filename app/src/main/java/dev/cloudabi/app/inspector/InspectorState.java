package dev.cloudabi.app.inspector;

import dev.cloudabi.app.binary.ByteRange;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The observable state the panels of one binary share: the structure whose bytes are highlighted (a
 * header, section, segment, symbol, relocation or finding evidence).
 */
public final class InspectorState {
  private final ObjectProperty<ByteRange> highlight = new SimpleObjectProperty<>();
  private final ObservableMap<String, Long> syscallCalls = FXCollections.observableHashMap();

  public ObjectProperty<ByteRange> highlight() {
    return highlight;
  }

  /**
   * How often each system call (name without the {@code cloudabi_sys_} prefix) was called in the
   * last run of this binary; empty until it runs. The run panels fill it.
   */
  public ObservableMap<String, Long> syscallCalls() {
    return syscallCalls;
  }
}
