package dev.cloudabi.argdata;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A map's entries, immutable, stored as two columns (keys, values) instead of one object per entry.
 * Encoding walks a big map's tree, and with a pair object per entry that walk was the most of the
 * time: one more object to reach per entry, and after a garbage collection has copied the tree,
 * entries no longer lie in the order they are walked. {@link #get} makes an {@link MapValue.Entry}
 * on demand (records compare by content, so nothing can tell the difference). Every instance has
 * unique keys: it is made only through {@link Columns}, which refuses a repeat.
 */
final class EntryList extends AbstractList<MapValue.Entry> implements RandomAccess {
  static final EntryList EMPTY = new EntryList(new ArgdataValue[0], new ArgdataValue[0]);

  private final ArgdataValue[] keys;
  private final ArgdataValue[] values;

  private EntryList(ArgdataValue[] keys, ArgdataValue[] values) {
    this.keys = keys;
    this.values = values;
  }

  /** {@code entries} itself when it is an entry list already, else a checked copy. */
  static EntryList copyOf(List<MapValue.Entry> entries) {
    if (entries instanceof EntryList list) {
      return list;
    }
    var columns = new Columns(entries.size());
    for (MapValue.Entry e : entries) {
      Objects.requireNonNull(e, "entry");
      if (!columns.add(e.key(), e.value())) {
        throw new IllegalArgumentException("duplicate map key: " + e.key());
      }
    }
    return columns.toList();
  }

  @Override
  public MapValue.Entry get(int index) {
    Objects.checkIndex(index, keys.length);
    return new MapValue.Entry(keys[index], values[index]);
  }

  @Override
  public int size() {
    return keys.length;
  }

  ArgdataValue key(int index) {
    return keys[index];
  }

  ArgdataValue value(int index) {
    return values[index];
  }

  /** Growing key and value columns that refuse a key equal to one added before. */
  static final class Columns {
    private ArgdataValue[] keys;
    private ArgdataValue[] values;
    private int size;
    private final KeyIndex index;

    Columns(int expected) {
      int capacity = Math.max(8, expected);
      keys = new ArgdataValue[capacity];
      values = new ArgdataValue[capacity];
      index = new KeyIndex(i -> keys[i], expected);
    }

    /** Adds the pair; false, adding nothing, when an equal key is there already. */
    boolean add(ArgdataValue key, ArgdataValue value) {
      if (!addKey(key)) {
        return false;
      }
      addValue(value);
      return true;
    }

    /**
     * The first half of {@link #add}, for the decoder, which reports a repeated key before it
     * decodes the value; {@link #addValue} must follow.
     */
    boolean addKey(ArgdataValue key) {
      Objects.requireNonNull(key, "key");
      if (!index.add(key, size)) {
        return false;
      }
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      keys[size] = key;
      return true;
    }

    void addValue(ArgdataValue value) {
      values[size++] = Objects.requireNonNull(value, "value");
    }

    int size() {
      return size;
    }

    /** The entries so far, as an immutable list (later additions do not change it). */
    EntryList toList() {
      return size == 0
          ? EMPTY
          : new EntryList(Arrays.copyOf(keys, size), Arrays.copyOf(values, size));
    }
  }
}
