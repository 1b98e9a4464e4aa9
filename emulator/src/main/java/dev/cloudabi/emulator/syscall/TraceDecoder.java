package dev.cloudabi.emulator.syscall;

import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.abi.Param;
import dev.cloudabi.emulator.abi.SyscallSignature;
import dev.cloudabi.emulator.memory.GuestMemory;
import dev.cloudabi.emulator.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns decoded arguments into display values using only the signature table: descriptors, quoted
 * paths, bounded previews of buffers and iovec data. Only runs when someone subscribes.
 */
final class TraceDecoder {
  static final int PREVIEW_BYTES = 64;
  static final int MAX_PATH = 256;

  private TraceDecoder() {}

  static List<TraceEvent.Argument> inputs(
      SyscallSignature signature, long[] args, GuestMemory memory, int pointerSize) {
    List<TraceEvent.Argument> result = new ArrayList<>(signature.arity());
    for (int i = 0; i < signature.arity(); i++) {
      Param param = signature.param(i);
      if (param.kind().isOutput()) {
        continue;
      }
      result.add(
          new TraceEvent.Argument(param.name(), value(signature, i, args, memory, pointerSize)));
    }
    return result;
  }

  static List<TraceEvent.Argument> withOutputs(
      SyscallSignature signature,
      long[] args,
      SyscallCall call,
      GuestMemory memory,
      List<TraceEvent.Argument> inputs,
      boolean success) {
    List<TraceEvent.Argument> result = new ArrayList<>(inputs == null ? List.of() : inputs);
    for (int i = 0; i < signature.arity(); i++) {
      Param param = signature.param(i);
      if (success && param.kind().isOutput()) {
        result.add(new TraceEvent.Argument(param.name(), Long.toString(call.output(i))));
      }
      if (success && param.role() == Param.Role.OUT_BYTES && i + 1 < signature.arity()) {
        result.add(
            new TraceEvent.Argument(param.name() + ".data", preview(memory, args[i], args[i + 1])));
      }
    }
    return result;
  }

  private static String value(
      SyscallSignature signature, int i, long[] args, GuestMemory memory, int pointerSize) {
    Param param = signature.param(i);
    long v = args[i];
    boolean hasLength = i + 1 < signature.arity();
    try {
      return switch (param.role()) {
        case FD ->
            param.kind() == dev.cloudabi.emulator.abi.ParamKind.LOOKUP
                ? "fd=" + (v & 0xFFFF_FFFFL) + ",flags=0x" + Long.toHexString(v >>> 32)
                : Long.toString(v);
        case PATH ->
            hasLength ? quote(memory.readString(v, (int) Math.min(args[i + 1], MAX_PATH))) : hex(v);
        case IN_BYTES -> hasLength ? preview(memory, v, args[i + 1]) : hex(v);
        case IOVECS -> hasLength ? iovecs(memory, v, args[i + 1], pointerSize) : hex(v);
        case OUT_BYTES, PLAIN ->
            switch (param.kind()) {
              case PTR -> hex(v);
              default -> Long.toString(v);
            };
        case LENGTH -> Long.toString(v);
      };
    } catch (ErrnoException e) {
      return hex(v) + " (unreadable)";
    }
  }

  private static String iovecs(GuestMemory m, long array, long count, int pointerSize) {
    StringBuilder data = new StringBuilder();
    long total = 0;
    int shown = 0;
    for (int k = 0; k < Math.min(count, Iovecs.MAX_COUNT); k++) {
      long entry = array + (long) k * 2 * pointerSize;
      long buf = m.readWord(entry, pointerSize);
      long len = m.readWord(entry + pointerSize, pointerSize);
      total += len;
      if (shown < PREVIEW_BYTES && len > 0) {
        int n = (int) Math.min(len, PREVIEW_BYTES - shown);
        data.append(escape(m.readBytes(buf, n)));
        shown += n;
      }
    }
    return count + " iovec(s), " + total + " bytes: \"" + data + (total > shown ? "\"…" : "\"");
  }

  static String preview(GuestMemory memory, long address, long length) {
    int n = (int) Math.min(Math.max(0, length), PREVIEW_BYTES);
    try {
      return "\"" + escape(memory.readBytes(address, n)) + (length > n ? "\"…" : "\"");
    } catch (ErrnoException e) {
      return hex(address) + " (unreadable)";
    }
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String escape(byte[] bytes) {
    StringBuilder b = new StringBuilder();
    for (byte x : bytes) {
      int c = x & 0xFF;
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c >= 0x20 && c < 0x7F) {
            b.append((char) c);
          } else {
            b.append(String.format("\\x%02x", c));
          }
        }
      }
    }
    return b.toString();
  }

  private static String hex(long v) {
    return "0x" + Long.toHexString(v);
  }
}
