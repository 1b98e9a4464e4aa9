package dev.cloudabi.runner.trace;

import dev.cloudabi.emulator.trace.TraceEvent;

/**
 * One JSON object per event and line (JSON Lines). Field names are stable: {@code seq}, {@code
 * event} (syscall, start, exit, signal, fault, end, closed), then the event's own fields; a syscall
 * has {@code thread}, {@code name}, {@code args} (name → display value), {@code errno}, {@code
 * errnoName}, {@code durationNs}.
 */
public final class JsonTraceFormat implements TraceFormat {
  @Override
  public String format(TraceEvent event) {
    JsonLine line = new JsonLine().field("seq", event.sequence());
    return switch (event) {
      case TraceEvent.Syscall call -> {
        line.field("event", "syscall").field("thread", call.thread()).field("name", call.name());
        line.object(
            "args", call.arguments(), TraceEvent.Argument::name, TraceEvent.Argument::value);
        line.field("errno", call.errno()).field("errnoName", call.errnoName());
        if (!call.explanation().isEmpty()) {
          line.field("explanation", call.explanation());
        }
        yield line.field("durationNs", call.durationNanos()).end();
      }
      case TraceEvent.ProcessStarted s ->
          line.field("event", "start")
              .field("arch", s.arch())
              .field("entry", s.entry())
              .field("thread", s.mainThread())
              .end();
      case TraceEvent.ProcessExited e ->
          line.field("event", "exit").field("code", e.exitCode()).end();
      case TraceEvent.ProcessSignaled s ->
          line.field("event", "signal").field("signal", s.signal()).end();
      case TraceEvent.ProcessFaulted f ->
          line.field("event", "fault")
              .field("reason", f.reason())
              .field("pc", f.pc())
              .field("address", f.faultAddress())
              .end();
      case TraceEvent.ThreadPreempted p ->
          line.field("event", "preempted").field("thread", p.thread()).field("pc", p.pc()).end();
      case TraceEvent.ProcessEnded e ->
          line.field("event", "end").field("reason", e.reason()).end();
      case TraceEvent.StreamClosed c ->
          line.field("event", "closed").field("dropped", c.dropped()).end();
    };
  }
}
