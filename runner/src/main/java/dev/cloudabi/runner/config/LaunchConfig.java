package dev.cloudabi.runner.config;

import dev.cloudabi.argdata.ArgdataValue;
import java.util.List;

/**
 * A parsed launch configuration: the Argdata the program receives, whose fd values index {@code
 * descriptors} (guest descriptor {@code i} is {@code descriptors.get(i)}).
 */
public record LaunchConfig(ArgdataValue argdata, List<DescriptorSpec> descriptors) {
  public LaunchConfig {
    descriptors = List.copyOf(descriptors);
  }
}
