package dev.cloudabi.argdata;

import java.util.function.IntFunction;

/**
 * Finds duplicate map keys: a hash table of int indices into the map's own key column. It holds no
 * references of its own, deliberately: the garbage collector copies objects in the order it reaches
 * them, and reaching the keys through a hash set (hash order) or a second array scattered a big
 * map's entries through memory, which made walking it (encoding) about twice as slow.
 */
final class KeyIndex {
  private final IntFunction<ArgdataValue> keyAt;
  private int[] slots; // 0 = empty, else index in entries + 1
  private int[]
      hashes; // by entry index, so rehashing needs no key (the newest may not be listed yet)
  private int size;

  /**
   * @param keyAt the key recorded at an index
   */
  KeyIndex(IntFunction<ArgdataValue> keyAt, int expected) {
    this.keyAt = keyAt;
    this.slots = new int[Integer.highestOneBit(Math.max(4, expected) * 2) * 2];
    this.hashes = new int[Math.max(4, expected)];
  }

  /**
   * Records {@code key}, which is (or is about to become) {@code keyAt.apply(index)}; false,
   * recording nothing, when a key recorded before is equal to it.
   */
  boolean add(ArgdataValue key, int index) {
    int mask = slots.length - 1;
    int h = hash(key);
    int i = h & mask;
    for (; slots[i] != 0; i = (i + 1) & mask) {
      int other = slots[i] - 1;
      if (hashes[other] == h && keyAt.apply(other).equals(key)) {
        return false;
      }
    }
    slots[i] = index + 1;
    if (index >= hashes.length) {
      hashes = java.util.Arrays.copyOf(hashes, Math.max(index + 1, hashes.length * 2));
    }
    hashes[index] = h;
    if (++size * 2 > slots.length) {
      rehash();
    }
    return true;
  }

  private void rehash() {
    int[] old = slots;
    slots = new int[old.length * 2];
    int mask = slots.length - 1;
    for (int slot : old) {
      if (slot != 0) {
        int i = hashes[slot - 1] & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = slot;
      }
    }
  }

  private static int hash(ArgdataValue key) {
    int h = key.hashCode() * 0x9E3779B9; // spread: record hash codes cluster in the low bits
    return h ^ (h >>> 16);
  }
}
