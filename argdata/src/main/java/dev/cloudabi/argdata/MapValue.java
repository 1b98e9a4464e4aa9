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
    entries = EntryList.copyOf(entries);
  }

  public Optional<ArgdataValue> get(ArgdataValue key) {
    EntryList list = (EntryList) entries; // always, by the constructor
    for (int i = 0; i < list.size(); i++) {
      if (list.key(i).equals(key)) {
        return Optional.of(list.value(i));
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
