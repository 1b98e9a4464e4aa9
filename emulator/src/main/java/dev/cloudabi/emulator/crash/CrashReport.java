package dev.cloudabi.emulator.crash;

import dev.cloudabi.emulator.abi.Signal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Why and where a guest crashed.
 *
 * @param reason what happened, e.g. "write to unmapped memory"
 * @param signal the signal a native kernel would have delivered (SIGSEGV for memory faults, SIGILL
 *     for invalid instructions, SIGBUS for misaligned accesses, …)
 * @param pc address of the faulting instruction
 * @param faultAddress the data address of a memory fault, or -1
 * @param registers register name → value, in the architecture's order
 * @param location symbol + offset of {@code pc}, e.g. {@code main+0x1c}, or empty
 * @param instruction disassembly (or the bytes in hex when no disassembler is available)
 * @param thread the id of the thread that crashed
 */
public record CrashReport(
    String reason,
    Signal signal,
    long pc,
    long faultAddress,
    Map<String, Long> registers,
    String location,
    String instruction,
    int thread) {
  public CrashReport {
    registers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(registers));
  }

  /** One line: reason, address and location. */
  public String summary() {
    StringBuilder s = new StringBuilder(reason);
    if (faultAddress >= 0) {
      s.append(" at 0x").append(Long.toHexString(faultAddress));
    }
    s.append(" (pc 0x").append(Long.toHexString(pc));
    if (!location.isEmpty()) {
      s.append(' ').append(location);
    }
    s.append(", thread ").append(thread).append(')');
    return s.toString();
  }

  /** The multi-line report. */
  public String render() {
    StringBuilder s = new StringBuilder(summary()).append('\n');
    if (!instruction.isEmpty()) {
      s.append("  instruction: ").append(instruction).append('\n');
    }
    registers.forEach(
        (name, value) ->
            s.append("  ")
                .append(name)
                .append(" = 0x")
                .append(Long.toHexString(value))
                .append('\n'));
    return s.toString();
  }
}
