package dev.cloudabi.emulator.syscall;

import dev.cloudabi.emulator.abi.ArgLocation;
import dev.cloudabi.emulator.abi.ArgumentDecoder;
import dev.cloudabi.emulator.abi.CallingConvention;
import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.abi.SyscallSignature;
import dev.cloudabi.emulator.cpu.Registers;
import dev.cloudabi.emulator.memory.GuestMemory;
import dev.cloudabi.emulator.memory.Prot;
import dev.cloudabi.emulator.trace.TraceBus;
import java.io.IOException;
import java.util.List;

/**
 * The one place every system call goes through: read the arguments with the architecture's calling
 * convention, check the output pointers (EFAULT), run the handler, write the outputs only on
 * success, map exceptions to an errno, and emit the trace event. The caller hands the errno back to
 * the guest (the vDSO gate loads it from the stack, see {@code VdsoImage}).
 */
public final class Dispatcher {
  /**
   * @param outputs indexes of the output parameters
   * @param outputSizes the size of what each of {@code outputs} points at
   * @param registers indexes into {@link CallingConvention#callRegisters()} this call reads (only
   *     those are fetched from the CPU)
   */
  private record Entry(
      SyscallSignature signature,
      SyscallHandler handler,
      ArgumentDecoder decoder,
      int[] outputs,
      int[] outputSizes,
      int[] registers) {}

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
      int[] outputSizes =
          java.util.Arrays.stream(outputs)
              .map(k -> signature.param(k).kind().outputSize(convention.arch().pointerSize()))
              .toArray();
      List<ArgLocation> locations = convention.place(signature);
      entries[i] =
          new Entry(
              signature,
              handler,
              convention.decoder(signature),
              outputs,
              outputSizes,
              usedRegisters(convention, locations));
    }
  }

  /** The argument registers a call reads, and always the stack pointer (for the gate marker). */
  private static int[] usedRegisters(CallingConvention convention, List<ArgLocation> locations) {
    java.util.TreeSet<Integer> used = new java.util.TreeSet<>();
    used.add(convention.argumentRegisters().size());
    for (ArgLocation location : locations) {
      switch (location) {
        case ArgLocation.InRegister r -> used.add(r.index());
        case ArgLocation.InRegisterPair p -> {
          used.add(p.index());
          used.add(p.index() + 1);
        }
        case ArgLocation.OnStack s -> used.add(convention.argumentRegisters().size());
      }
    }
    return used.stream().mapToInt(Integer::intValue).toArray();
  }

  public CallingConvention convention() {
    return convention;
  }

  /** Number of dispatchable system calls (vDSO stub indexes {@code 0..count-1}). */
  public int count() {
    return entries.length;
  }

  /** The state of one thread's calls, with a register batch ready for every call. */
  public ThreadState threadState(Registers cpu, SyscallCall call) {
    Registers.RegisterBatch[] batches = new Registers.RegisterBatch[entries.length];
    List<dev.cloudabi.emulator.cpu.Register> all = convention.callRegisters();
    for (int i = 0; i < entries.length; i++) {
      List<dev.cloudabi.emulator.cpu.Register> wanted = new java.util.ArrayList<>();
      for (int k : entries[i].registers) {
        wanted.add(all.get(k));
      }
      batches[i] = cpu.batch(wanted);
    }
    return new ThreadState(cpu, convention, call, batches);
  }

  /**
   * Per-thread state the dispatcher reuses between calls. The register batches are made up front: a
   * batch made on first use is a branch the JIT compiles as never taken, and every new thread would
   * then throw the compiled call path away.
   */
  public static final class ThreadState {
    final Registers cpu;
    final Registers.RegisterBatch[] batches;
    final long[] registerValues;
    final long[] fetched;
    final SyscallCall call;
    final dev.cloudabi.emulator.abi.StackReader stack;
    private final int stackPointerIndex;
    private final long pointerMask;

    private ThreadState(
        Registers cpu,
        CallingConvention convention,
        SyscallCall call,
        Registers.RegisterBatch[] batches) {
      this.cpu = cpu;
      GuestMemory memory = call.memory();
      this.stack = memory::readWord;
      this.batches = batches;
      this.registerValues = new long[convention.callRegisters().size()];
      this.fetched = new long[registerValues.length];
      this.call = call;
      this.stackPointerIndex = convention.argumentRegisters().size();
      this.pointerMask = convention.arch().pointerMask();
    }

    /** The stack pointer as the last dispatched call saw it. */
    public long stackPointer() {
      return registerValues[stackPointerIndex] & pointerMask;
    }
  }

  /** Fetches only the registers this call reads, in one native call. */
  private static void readRegisters(int index, Entry entry, ThreadState state) {
    int[] used = entry.registers;
    state.batches[index].read(state.fetched);
    for (int k = 0; k < used.length; k++) {
      state.registerValues[used[k]] = state.fetched[k];
    }
  }

  /**
   * Performs the call behind vDSO stub {@code index} on a thread.
   *
   * @return the call's errno (0 for success)
   */
  public int dispatch(int index, ThreadState state) {
    Entry entry = entries[index];
    SyscallCall call = state.call;
    call.begin(entry.signature);
    GuestMemory memory = call.memory();
    long[] args = call.argumentArray();
    boolean tracing = trace.active();
    long started = tracing ? System.nanoTime() : 0;
    int errno;
    String explanation = "";
    try {
      readRegisters(index, entry, state);
      entry.decoder.decode(state.registerValues, state.stack, args);
      int[] outputs = entry.outputs;
      int[] sizes = entry.outputSizes;
      for (int k = 0; k < outputs.length; k++) {
        memory.check(args[outputs[k]], sizes[k], Prot.WRITE);
      }
      errno = entry.handler.handle(call);
      if (errno == 0) {
        for (int k = 0; k < outputs.length; k++) {
          memory.writeWord(args[outputs[k]], call.output(outputs[k]), sizes[k]);
        }
      }
    } catch (ErrnoException e) {
      errno = e.errno().value();
      explanation = e.getMessage();
    } catch (IOException e) {
      errno = Errno.EIO.value();
      explanation = String.valueOf(e.getMessage());
    }
    if (tracing) {
      trace.publish(
          SyscallTrace.capture(
              trace.nextSequence(),
              call.thread(),
              entry.signature,
              args,
              call,
              errno,
              System.nanoTime() - started,
              explanation,
              memory,
              convention.arch().pointerSize()));
    }
    return errno;
  }
}
