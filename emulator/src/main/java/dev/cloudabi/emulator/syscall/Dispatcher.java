package dev.cloudabi.emulator.syscall;

import dev.cloudabi.emulator.abi.ArgLocation;
import dev.cloudabi.emulator.abi.CallingConvention;
import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.abi.SyscallSignature;
import dev.cloudabi.emulator.cpu.Registers;
import dev.cloudabi.emulator.memory.GuestMemory;
import dev.cloudabi.emulator.memory.Prot;
import dev.cloudabi.emulator.trace.TraceBus;
import dev.cloudabi.emulator.trace.TraceEvent;
import java.io.IOException;
import java.util.List;

/**
 * The one place every system call goes through: read the arguments with the architecture's calling
 * convention, check the output pointers (EFAULT), run the handler, write the outputs only on
 * success, map exceptions to an errno, set the return register, and emit the trace event.
 */
public final class Dispatcher {
  private record Entry(
      SyscallSignature signature,
      SyscallHandler handler,
      List<ArgLocation> locations,
      int[] outputs) {}

  private final CallingConvention convention;
  private final Entry[] entries;
  private final TraceBus trace;

  public Dispatcher(
      CallingConvention convention,
      SyscallTable table,
      List<SyscallSignature> vdsoOrder,
      TraceBus trace) {
    this.convention = convention;
    this.trace = trace;
    this.entries = new Entry[vdsoOrder.size()];
    for (int i = 0; i < entries.length; i++) {
      SyscallSignature signature = vdsoOrder.get(i);
      SyscallHandler handler =
          table
              .handler(signature.name())
              .orElseThrow(() -> new IllegalStateException("no handler for " + signature.name()));
      int[] outputs =
          java.util.stream.IntStream.range(0, signature.arity())
              .filter(k -> signature.param(k).kind().isOutput())
              .toArray();
      entries[i] = new Entry(signature, handler, convention.place(signature), outputs);
    }
  }

  public CallingConvention convention() {
    return convention;
  }

  /** Number of dispatchable system calls (vDSO stub indexes {@code 0..count-1}). */
  public int count() {
    return entries.length;
  }

  /** Per-thread state the dispatcher reuses between calls. */
  public static final class ThreadState {
    final Registers cpu;
    final Registers.RegisterBatch batch;
    final long[] registerValues;
    final SyscallCall call;

    public ThreadState(Registers cpu, CallingConvention convention, SyscallCall call) {
      this.cpu = cpu;
      this.batch = cpu.batch(convention.callRegisters());
      this.registerValues = new long[convention.callRegisters().size()];
      this.call = call;
    }
  }

  /** Performs the call behind vDSO stub {@code index} on a thread. */
  public void dispatch(int index, ThreadState state) {
    Entry entry = entries[index];
    SyscallCall call = state.call;
    call.begin(entry.signature);
    GuestMemory memory = call.memory();
    long[] args = call.argumentArray();
    boolean tracing = trace.active();
    long started = tracing ? System.nanoTime() : 0;
    List<TraceEvent.Argument> inputs = null;
    int errno;
    String explanation = "";
    try {
      state.batch.read(state.registerValues);
      convention.decode(
          entry.signature, entry.locations, state.registerValues, memory::readWord, args);
      if (tracing) {
        inputs =
            TraceDecoder.inputs(entry.signature, args, memory, convention.arch().pointerSize());
      }
      int pointerSize = convention.arch().pointerSize();
      for (int k : entry.outputs) {
        memory.check(args[k], entry.signature.param(k).kind().outputSize(pointerSize), Prot.WRITE);
      }
      errno = entry.handler.handle(call);
      if (errno == 0) {
        for (int k : entry.outputs) {
          memory.writeWord(
              args[k], call.output(k), entry.signature.param(k).kind().outputSize(pointerSize));
        }
      }
    } catch (ErrnoException e) {
      errno = e.errno().value();
      explanation = e.getMessage();
    } catch (IOException e) {
      errno = Errno.EIO.value();
      explanation = String.valueOf(e.getMessage());
    }
    convention.setReturn(state.cpu, errno);
    if (tracing) {
      long duration = System.nanoTime() - started;
      List<TraceEvent.Argument> all =
          TraceDecoder.withOutputs(entry.signature, args, call, memory, inputs, errno == 0);
      trace.publish(
          new TraceEvent.Syscall(
              trace.nextSequence(),
              call.thread(),
              entry.signature.name(),
              all,
              errno,
              Errno.nameOf(errno),
              duration,
              explanation));
    }
  }
}
