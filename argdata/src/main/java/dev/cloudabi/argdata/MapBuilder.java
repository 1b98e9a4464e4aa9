package dev.cloudabi.argdata;

/** Builds a {@link MapValue} in insertion order; a repeated key is an error at {@code put}. */
public final class MapBuilder {
  private final EntryList.Columns entries = new EntryList.Columns(16);

  MapBuilder() {}

  public MapBuilder put(ArgdataValue key, ArgdataValue value) {
    if (!entries.add(key, value)) {
      throw new IllegalArgumentException("duplicate map key: " + key);
    }
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
    return new MapValue(entries.toList());
  }
}
