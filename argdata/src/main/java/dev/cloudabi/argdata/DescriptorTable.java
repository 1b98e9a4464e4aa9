package dev.cloudabi.argdata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Attaches caller objects (host files, sockets, ...) to fd nodes. {@link #fd} hands out a
 * provisional {@link FdValue} per distinct descriptor (by {@code equals}); {@link #encode}
 * renumbers the descriptors a tree references to 0..n-1 in order of first appearance and lists them
 * in that order.
 *
 * <pre>{@code
 * var table = new DescriptorTable<HostFile>();
 * MapValue config = Argdata.map().put("out", table.fd(stdout)).put("log", table.fd(log)).build();
 * EncodedArgdata<HostFile> encoded = table.encode(config); // encoded.descriptors() = [stdout, log]
 * }</pre>
 *
 * Every fd in a tree given to {@code encode} must come from this table. Not thread-safe.
 *
 * @param <D> what a descriptor is to the caller
 */
public final class DescriptorTable<D> {
  private final List<D> descriptors = new ArrayList<>();
  private final Map<D, Integer> numbers = new HashMap<>();

  /** The provisional fd node for {@code descriptor}; the same descriptor gets the same node. */
  public FdValue fd(D descriptor) {
    Objects.requireNonNull(descriptor, "descriptor");
    Integer number = numbers.get(descriptor);
    if (number == null) {
      number = descriptors.size();
      descriptors.add(descriptor);
      numbers.put(descriptor, number);
    }
    return new FdValue(number);
  }

  /** Encodes {@code tree} with its descriptors renumbered, and returns them in their new order. */
  public EncodedArgdata<D> encode(ArgdataValue tree) {
    return Renumbering.encode(
        tree,
        provisional -> {
          if (provisional >= descriptors.size()) {
            throw new IllegalArgumentException(
                "fd " + provisional + " in the tree was not handed out by this DescriptorTable");
          }
          return descriptors.get(provisional);
        });
  }
}
