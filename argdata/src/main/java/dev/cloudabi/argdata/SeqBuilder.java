package dev.cloudabi.argdata;

import java.util.ArrayList;
import java.util.List;

/** Builds a {@link SeqValue} in order. */
public final class SeqBuilder {
  private final List<ArgdataValue> elements = new ArrayList<>();

  SeqBuilder() {}

  public SeqBuilder add(ArgdataValue value) {
    elements.add(java.util.Objects.requireNonNull(value, "value"));
    return this;
  }

  public SeqBuilder add(MapBuilder value) {
    return add(value.build());
  }

  public SeqBuilder add(SeqBuilder value) {
    return add(value.build());
  }

  public SeqBuilder add(String value) {
    return add(new StrValue(value));
  }

  public SeqBuilder add(long value) {
    return add(IntValue.of(value));
  }

  public SeqBuilder add(boolean value) {
    return add(BoolValue.of(value));
  }

  public SeqBuilder add(double value) {
    return add(FloatValue.of(value));
  }

  public SeqValue build() {
    return new SeqValue(elements);
  }
}
