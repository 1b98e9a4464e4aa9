package dev.cloudabi.argdata;

import java.util.ArrayList;
import java.util.List;

/** Builds a {@link MapValue} in insertion order; a repeated key is an error at {@code put}. */
public final class MapBuilder {
  private final List<MapValue.Entry> entries = new ArrayList<>();
  private final KeyIndex keys = new KeyIndex(entries, 16);

  MapBuilder() {}

  public MapBuilder put(ArgdataValue key, ArgdataValue value) {
    if (!keys.add(key, entries.size())) {
      throw new IllegalArgumentException("duplicate map key: " + key);
    }
    entries.add(new MapValue.Entry(key, value));
    return this;
  }

  public MapBuilder put(String key, ArgdataValue value) {
    return put(new StrValue(key), value);
  }

  public MapBuilder put(String key, MapBuilder value) {
    return put(new StrValue(key), value.build());
  }

  public MapBuilder put(String key, SeqBuilder value) {
    return put(new StrValue(key), value.build());
  }

  public MapBuilder put(String key, String value) {
    return put(new StrValue(key), new StrValue(value));
  }

  public MapBuilder put(String key, long value) {
    return put(new StrValue(key), IntValue.of(value));
  }

  public MapBuilder put(String key, boolean value) {
    return put(new StrValue(key), BoolValue.of(value));
  }

  public MapBuilder put(String key, double value) {
    return put(new StrValue(key), FloatValue.of(value));
  }

  public MapValue build() {
    return new MapValue(entries);
  }
}
