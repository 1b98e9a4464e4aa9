package dev.cloudabi.runner.trace;

import dev.cloudabi.emulator.trace.TraceEvent;

/** Turns one trace event into one line of output. */
public sealed interface TraceFormat permits TextTraceFormat, JsonTraceFormat {
  String format(TraceEvent event);

  static TraceFormat named(String name) {
    return switch (name) {
      case "text" -> new TextTraceFormat();
      case "json" -> new JsonTraceFormat();
      default ->
          throw new IllegalArgumentException("Unknown trace format '" + name + "' (text or json)");
    };
  }
}
