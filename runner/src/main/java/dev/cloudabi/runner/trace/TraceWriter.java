package dev.cloudabi.runner.trace;

import dev.cloudabi.emulator.trace.TraceEvent;
import dev.cloudabi.emulator.trace.TraceSubscriber;
import java.io.PrintStream;

/** Writes each event as a line to a stream; flushes when the event stream closes. */
public final class TraceWriter implements TraceSubscriber {
  private final TraceFormat format;
  private final PrintStream out;

  public TraceWriter(TraceFormat format, PrintStream out) {
    this.format = format;
    this.out = out;
  }

  @Override
  public void onEvent(TraceEvent event) {
    String line = format.format(event);
    if (!line.isEmpty()) {
      out.println(line);
    }
    if (event instanceof TraceEvent.StreamClosed) {
      out.flush();
    }
  }
}
