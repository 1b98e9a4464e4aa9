package dev.cloudabi.argdata;

import java.util.Arrays;
import java.util.List;

/**
 * Encoded Argdata plus the descriptors it references: {@code descriptors.get(i)} is the one the
 * receiving program must get as descriptor number {@code i} (what {@code proc_exec} does with its
 * {@code fds} array).
 *
 * @param <D> what a descriptor is to the caller (a host object, a host number, ...)
 */
public record EncodedArgdata<D>(byte[] bytes, List<D> descriptors) {
  public EncodedArgdata {
    bytes = bytes.clone();
    descriptors = List.copyOf(descriptors);
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EncodedArgdata<?> other
        && Arrays.equals(bytes, other.bytes)
        && descriptors.equals(other.descriptors);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(bytes) + descriptors.hashCode();
  }

  @Override
  public String toString() {
    return "EncodedArgdata[" + bytes.length + " bytes, descriptors=" + descriptors + "]";
  }
}
