package dev.cloudabi.runner.trace;

import dev.cloudabi.emulator.trace.TraceEvent;
import java.util.stream.Collectors;

/**
 * strace-like lines: {@code [2] fd_write(fd=1, iovs="Hello\n") = 0 <0.000012>}; process events as
 * {@code +++ exited with 0 +++}.
 */
public final class TextTraceFormat implements TraceFormat {
  @Override
  public String format(TraceEvent event) {
    return switch (event) {
      case TraceEvent.Syscall call ->
          "["
              + call.thread()
              + "] "
              + call.name()
              + "("
              + call.arguments().stream()
                  .map(a -> a.name() + "=" + a.value())
                  .collect(Collectors.joining(", "))
              + ") = "
              + (call.errno() == 0 ? "0" : call.errnoName())
              + (call.explanation().isEmpty() ? "" : " (" + call.explanation() + ")")
              + String.format(" <%.6f>", call.durationNanos() / 1e9);
      case TraceEvent.ProcessStarted s ->
          "+++ started "
              + s.arch()
              + " at 0x"
              + Long.toHexString(s.entry())
              + ", thread "
              + s.mainThread()
              + " +++";
      case TraceEvent.ProcessExited e -> "+++ exited with " + e.exitCode() + " +++";
      case TraceEvent.ProcessSignaled s -> "+++ killed by " + s.signal() + " +++";
      case TraceEvent.ProcessFaulted f ->
          "--- fault: "
              + f.reason()
              + " at 0x"
              + Long.toHexString(f.faultAddress())
              + " (pc 0x"
              + Long.toHexString(f.pc())
              + ") ---";
      case TraceEvent.ThreadPreempted p ->
          "--- thread "
              + p.thread()
              + " preempted by force at 0x"
              + Long.toHexString(p.pc())
              + " (no system call while others waited; see ADR 0015) ---";
      case TraceEvent.ProcessEnded e -> "+++ ended: " + e.reason() + " +++";
      case TraceEvent.StreamClosed c ->
          c.dropped() == 0 ? "" : "+++ " + c.dropped() + " trace events dropped +++";
    };
  }
}
