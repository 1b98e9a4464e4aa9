package dev.cloudabi.runner.host;

import dev.cloudabi.emulator.abi.Right;
import dev.cloudabi.runner.config.ConfigException;
import dev.cloudabi.runner.config.DescriptorSpec.NamedRight;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads the right names of a {@code !file}'s {@code rights}/{@code inheriting} lists. */
public final class RightNames {
  private RightNames() {}

  /**
   * The mask of the named rights. Names are those of {@code cloudabi.txt}, in any case, with or
   * without the {@code RIGHT_} prefix: {@code fd_read}, {@code FILE_OPEN}, {@code RIGHT_FD_SEEK}.
   */
  public static long mask(List<NamedRight> names) throws ConfigException {
    long mask = 0;
    for (NamedRight name : names) {
      mask |= parse(name).bit();
    }
    return mask;
  }

  private static Right parse(NamedRight name) throws ConfigException {
    String normal = name.name().trim().toUpperCase(Locale.ROOT);
    if (normal.startsWith("RIGHT_")) {
      normal = normal.substring("RIGHT_".length());
    }
    try {
      return Right.valueOf(normal);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          name.position(), "Unknown right: " + name.name() + " (known: " + known() + ")");
    }
  }

  private static String known() {
    return Arrays.stream(Right.values())
        .map(r -> r.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }
}
