package dev.cloudabi.runner.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives descriptors their guest numbers as cloudabi-run does: 0, 1, 2, … in order of first
 * appearance, one number for a descriptor referenced twice.
 */
public final class DescriptorNumbering {
  private final Map<Object, Integer> numbers = new HashMap<>();
  private final List<DescriptorSpec> descriptors = new ArrayList<>();

  public int number(DescriptorSpec spec) {
    return numbers.computeIfAbsent(
        spec.identity(),
        identity -> {
          descriptors.add(spec);
          return descriptors.size() - 1;
        });
  }

  /** Guest descriptor {@code i} is element {@code i}. */
  public List<DescriptorSpec> descriptors() {
    return List.copyOf(descriptors);
  }
}
