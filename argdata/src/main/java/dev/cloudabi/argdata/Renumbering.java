package dev.cloudabi.argdata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Descriptor renumbering as cloudabi-run does it (ARGDATA-FORMAT.md §4): a depth-first walk, map
 * key before value, gives each distinct fd number the next index on first sight; the tree is then
 * encoded with every fd replaced by its index.
 */
final class Renumbering {
  private final Map<Integer, Integer> newNumbers = new HashMap<>();
  private final List<Integer> oldNumbers = new ArrayList<>();

  private Renumbering() {}

  static <D> EncodedArgdata<D> encode(ArgdataValue tree, IntFunction<? extends D> descriptorOf) {
    var r = new Renumbering();
    r.walk(tree);
    List<D> descriptors = new ArrayList<>(r.oldNumbers.size());
    for (int old : r.oldNumbers) {
      descriptors.add(descriptorOf.apply(old));
    }
    byte[] bytes = ArgdataEncoder.encode(tree, r.newNumbers::get);
    return new EncodedArgdata<>(bytes, descriptors);
  }

  private void walk(ArgdataValue value) {
    switch (value) {
      case FdValue(int number) -> {
        if (!newNumbers.containsKey(number)) {
          newNumbers.put(number, oldNumbers.size());
          oldNumbers.add(number);
        }
      }
      case SeqValue seq -> seq.elements().forEach(this::walk);
      case MapValue map -> {
        for (MapValue.Entry e : map.entries()) {
          walk(e.key());
          walk(e.value());
        }
      }
      default -> {}
    }
  }
}
