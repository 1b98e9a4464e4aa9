package dev.cloudabi.argdata;

import java.util.Arrays;

/**
 * Finds duplicate map keys. A hash table of int indices into an insertion-ordered key array, not a
 * {@code HashSet}: the garbage collector copies objects in the order it reaches them, and through a
 * hash set it reaches the keys in hash order, which scatters a big map's keys through memory and
 * made walking it (encoding) three times slower.
 */
final class KeyIndex {
  private ArgdataValue[] keys;
  private int[] slots; // 0 = empty, else index in keys + 1
  private int size;

  KeyIndex(int expected) {
    keys = new ArgdataValue[Math.max(4, expected)];
    slots = new int[Integer.highestOneBit(Math.max(4, expected) * 2) * 2];
  }

  /** Adds {@code key}; false (and nothing added) when an equal key is already there. */
  boolean add(ArgdataValue key) {
    int mask = slots.length - 1;
    for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
      int slot = slots[i];
      if (slot == 0) {
        if (size == keys.length) {
          keys = Arrays.copyOf(keys, size * 2);
        }
        keys[size++] = key;
        slots[i] = size;
        if (size * 2 > slots.length) {
          rehash();
        }
        return true;
      }
      if (keys[slot - 1].equals(key)) {
        return false;
      }
    }
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    for (int k = 0; k < size; k++) {
      int i = hash(keys[k]) & mask;
      while (slots[i] != 0) {
        i = (i + 1) & mask;
      }
      slots[i] = k + 1;
    }
  }

  private static int hash(ArgdataValue key) {
    int h = key.hashCode() * 0x9E3779B9; // spread: record hash codes cluster in the low bits
    return h ^ (h >>> 16);
  }
}
