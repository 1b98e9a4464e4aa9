package dev.cloudabi.runner.api;

import dev.cloudabi.argdata.ArgdataValue;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a run needs, opened and encoded: the executable, the Argdata bytes and the guest's
 * descriptor table in order.
 */
public record LaunchPlan(
    Path executable, ArgdataValue argdata, byte[] argdataBytes, List<PlannedDescriptor> descriptors)
    implements AutoCloseable {
  public LaunchPlan {
    descriptors = List.copyOf(descriptors);
  }

  /** Releases what the plan opened, for plans that are not run (e.g. {@code --print-argdata}). */
  @Override
  public void close() {
    for (PlannedDescriptor d : descriptors) {
      try {
        d.fd().object().close();
      } catch (java.io.IOException | RuntimeException ignored) {
        // Closing is best effort: nothing ran, and the process is about to end.
      }
    }
  }
}
