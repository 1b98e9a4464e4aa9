package dev.cloudabi.emulator.syscall;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.abi.Param;
import dev.cloudabi.emulator.abi.ParamKind;
import dev.cloudabi.emulator.abi.SyscallSignature;
import dev.cloudabi.emulator.memory.GuestMemory;
import dev.cloudabi.emulator.trace.DeferredEvent;
import dev.cloudabi.emulator.trace.TraceEvent;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One traced system call as captured on the guest's thread: raw argument values, outputs, and
 * bounded copies of the bytes behind paths, buffers and iovecs (guest memory may change later). It
 * becomes a {@link TraceEvent.Syscall} with display strings on the delivery thread. Only the
 * signature table decides what is decoded how.
 */
record SyscallTrace(
    long sequence,
    int thread,
    SyscallSignature signature,
    long[] args,
    long[] outputs,
    byte[][] previews,
    long[] previewTotals,
    int errno,
    long durationNanos,
    String explanation)
    implements DeferredEvent {
  static final int PREVIEW_BYTES = 64;
  static final int MAX_PATH = 256;

  static SyscallTrace capture(
      long sequence,
      int thread,
      SyscallSignature signature,
      long[] args,
      SyscallCall call,
      int errno,
      long durationNanos,
      String explanation,
      GuestMemory memory,
      int pointerSize) {
    int n = signature.arity();
    long[] outputs = new long[n];
    byte[][] previews = null;
    long[] totals = null;
    for (int i = 0; i < n; i++) {
      Param param = signature.param(i);
      if (param.kind().isOutput()) {
        outputs[i] = call.output(i);
      }
      Param.Role role = param.role();
      boolean wanted =
          role == Param.Role.PATH
              || role == Param.Role.IN_BYTES
              || role == Param.Role.IOVECS
              || (role == Param.Role.OUT_BYTES && errno == 0);
      if (!wanted || i + 1 >= n) {
        continue;
      }
      if (previews == null) {
        previews = new byte[n][];
        totals = new long[n];
      }
      long length = args[i + 1];
      try {
        if (role == Param.Role.IOVECS) {
          totals[i] = iovecs(memory, args[i], length, pointerSize, previews, i);
        } else {
          int limit = role == Param.Role.PATH ? MAX_PATH : PREVIEW_BYTES;
          previews[i] = memory.readBytes(args[i], (int) Math.min(Math.max(length, 0), limit));
          totals[i] = length;
        }
      } catch (ErrnoException unreadable) {
        previews[i] = null;
        totals[i] = -1;
      }
    }
    return new SyscallTrace(
        sequence,
        thread,
        signature,
        java.util.Arrays.copyOf(args, n),
        outputs,
        previews,
        totals,
        errno,
        durationNanos,
        explanation);
  }

  private static long iovecs(
      GuestMemory memory, long array, long count, int pointerSize, byte[][] previews, int index) {
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    long total = 0;
    for (int k = 0; k < Math.min(count, Iovecs.MAX_COUNT); k++) {
      long buf = Iovecs.base(memory, array, k, pointerSize);
      long len = Iovecs.length(memory, array, k, pointerSize);
      total += len;
      int room = PREVIEW_BYTES - data.size();
      if (room > 0 && len > 0) {
        data.writeBytes(memory.readBytes(buf, (int) Math.min(len, room)));
      }
    }
    previews[index] = data.toByteArray();
    return total;
  }

  @Override
  public TraceEvent resolve() {
    List<TraceEvent.Argument> arguments = new ArrayList<>(args.length);
    for (int i = 0; i < args.length; i++) {
      Param param = signature.param(i);
      if (param.kind().isOutput()) {
        continue;
      }
      arguments.add(new TraceEvent.Argument(param.name(), display(i)));
    }
    if (errno == 0) {
      for (int i = 0; i < args.length; i++) {
        Param param = signature.param(i);
        if (param.kind().isOutput()) {
          arguments.add(new TraceEvent.Argument(param.name(), Long.toString(outputs[i])));
        }
      }
    }
    return new TraceEvent.Syscall(
        sequence,
        thread,
        signature.name(),
        arguments,
        errno,
        Errno.nameOf(errno),
        durationNanos,
        explanation);
  }

  private String display(int i) {
    Param param = signature.param(i);
    long v = args[i];
    byte[] preview = previews == null ? null : previews[i];
    long total = previewTotals == null ? 0 : previewTotals[i];
    return switch (param.role()) {
      case FD ->
          param.kind() == ParamKind.LOOKUP
              ? "fd=" + (v & 0xFFFF_FFFFL) + ",flags=0x" + Long.toHexString(v >>> 32)
              : Long.toString(v);
      case PATH -> preview == null ? unreadable(v) : quote(preview, total);
      case IN_BYTES, OUT_BYTES -> preview == null ? hex(v) : quote(preview, total);
      case IOVECS ->
          preview == null
              ? unreadable(v)
              : args[i + 1] + " iovec(s), " + total + " bytes: " + quote(preview, total);
      case LENGTH -> Long.toString(v);
      case PLAIN -> param.kind() == ParamKind.PTR ? hex(v) : Long.toString(v);
    };
  }

  private static String unreadable(long address) {
    return hex(address) + " (unreadable)";
  }

  private static String quote(byte[] bytes, long total) {
    StringBuilder b = new StringBuilder("\"");
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
    b.append('"');
    if (total > bytes.length) {
      b.append('…');
    }
    return b.toString();
  }

  private static String hex(long v) {
    return "0x" + Long.toHexString(v);
  }
}
