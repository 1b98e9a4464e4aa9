package dev.cloudabi.argdata;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A map: key/value pairs in wire order. Keys may be of any type and are unique (YAML maps have
 * unique keys; the strict decoder rejects duplicates, so the model does too).
 */
public record MapValue(List<Entry> entries) implements ArgdataValue {
  public static final MapValue EMPTY = new MapValue(List.of());

  /** One key/value pair. */
  public record Entry(ArgdataValue key, ArgdataValue value) {
    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
    }
  }

  public MapValue {
    entries = List.copyOf(entries);
    if (entries.size() > 1) {
      var seen = new KeyIndex(entries, entries.size());
      for (int i = 0; i < entries.size(); i++) {
        if (!seen.add(entries.get(i).key(), i)) {
          throw new IllegalArgumentException("duplicate map key: " + entries.get(i).key());
        }
      }
    }
  }

  public Optional<ArgdataValue> get(ArgdataValue key) {
    for (Entry e : entries) {
      if (e.key().equals(key)) {
        return Optional.of(e.value());
      }
    }
    return Optional.empty();
  }

  public Optional<ArgdataValue> get(String key) {
    return get(new StrValue(key));
  }

  public int size() {
    return entries.size();
  }

  @Override
  public ArgdataType type() {
    return ArgdataType.MAP;
  }
}
