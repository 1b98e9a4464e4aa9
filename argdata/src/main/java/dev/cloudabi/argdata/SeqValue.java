package dev.cloudabi.argdata;

import java.util.List;

/** A sequence of values, in order. */
public record SeqValue(List<ArgdataValue> elements) implements ArgdataValue {
  public static final SeqValue EMPTY = new SeqValue(List.of());

  public SeqValue {
    elements = List.copyOf(elements);
  }

  public ArgdataValue get(int index) {
    return elements.get(index);
  }

  public int size() {
    return elements.size();
  }

  @Override
  public ArgdataType type() {
    return ArgdataType.SEQ;
  }
}
