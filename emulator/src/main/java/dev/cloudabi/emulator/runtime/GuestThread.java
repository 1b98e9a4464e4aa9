package dev.cloudabi.emulator.runtime;

import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.loader.AddressLayout;
import dev.cloudabi.emulator.loader.VdsoImage;
import dev.cloudabi.emulator.memory.MemoryMapper;
import dev.cloudabi.emulator.syscall.Dispatcher;
import dev.cloudabi.emulator.syscall.SyscallCall;
import dev.cloudabi.emulator.unicorn.EngineStop;
import dev.cloudabi.emulator.unicorn.MemoryAccess;
import dev.cloudabi.emulator.unicorn.UnicornEngine;
import java.lang.foreign.MemorySegment;

/**
 * One guest thread: its own Unicorn engine over the process's shared guest memory, with one code
 * hook on the vDSO gates (never on guest code, so translated blocks of the program stay chained), a
 * memory fault hook and an interrupt hook. It runs guest code only while it holds the process's
 * {@link CpuLock}.
 */
final class GuestThread implements MemoryMapper, AutoCloseable {
  final int tid;
  final UnicornEngine cpu;
  private final GuestProcess process;
  private final Dispatcher dispatcher;
  private final Dispatcher.ThreadState state;
  private final long gateBase;
  private final long gateEnd;
  private final int markerBelowStack;

  /** A gate whose call already ran before a stop: the next hook there must not run it again. */
  private long skipGate = -1;

  private volatile boolean exited;
  private volatile boolean closed;

  MemoryAccess faultAccess;
  long faultAddress = -1;
  long faultPc = -1;
  int interrupt = -1;
  boolean returnedFromEntry;

  GuestThread(GuestProcess process, int tid, Dispatcher dispatcher, long gateBase, long gateEnd) {
    this.process = process;
    this.tid = tid;
    this.dispatcher = dispatcher;
    this.gateBase = gateBase;
    this.gateEnd = gateEnd;
    this.markerBelowStack = VdsoImage.markerBelowStack(process.arch());
    this.cpu = UnicornEngine.open(process.arch());
    this.state = dispatcher.threadState(cpu, new SyscallCall(process, tid));
    // A block hook, not a code hook: with any code hook installed, Unicorn does not restore the
    // program counter of a block it leaves because of a stop request, and a preempted thread could
    // not resume (ADR 0015). Every gate starts a block of its own (it is reached by a jump).
    cpu.addBlockHook(gateBase, gateEnd, this::onGate);
    cpu.addMemoryFaultHook(this::onFault);
    cpu.addInterruptHook(this::onInterrupt);
  }

  private void onGate(long address, int size) {
    if (address == skipGate) {
      skipGate = -1;
      return;
    }
    int index = (int) ((address - gateBase) / VdsoImage.GATE_SIZE);
    if (index < dispatcher.count()) {
      if (yieldRequested) {
        // A time slice ended: yield here, at a call, where the thread stands still.
        yieldRequested = false;
        cpuLock.yieldTo(this);
      }
      int errno = dispatcher.dispatch(index, state);
      markDone(state.stackPointer(), errno);
    } else {
      returnedFromEntry = true;
      cpu.stop();
    }
  }

  /**
   * Sets the marker the stub cleared to the call's result, which the gate loads into the return
   * register: a stop before the gate's return must not repeat the call.
   */
  private void markDone(long stackPointer, int errno) {
    try {
      process
          .memory()
          .writeU32(stackPointer - markerBelowStack, VdsoImage.CALL_DONE | (errno & 0xFFFF));
    } catch (ErrnoException e) {
      // The call unmapped its own stack; the gate faults on it.
    }
  }

  /**
   * After a stop that was no ending: whether the thread stands at a gate whose call ran already.
   * Unicorn checks for stop requests right after the code hook, so a stop that arrives during a
   * call leaves the program counter on the gate although the call is done.
   */
  private boolean standsOnFinishedCall(long pc) {
    if (pc < gateBase || pc > gateEnd) {
      return false;
    }
    long sp = cpu.read(dispatcher.convention().stackPointer());
    try {
      long marker = process.memory().readU32(sp - markerBelowStack);
      return (marker & 0xFFFF_0000L) == VdsoImage.CALL_DONE;
    } catch (ErrnoException e) {
      return false;
    }
  }

  private boolean onFault(MemoryAccess access, long address, int size) {
    faultAccess = access;
    faultAddress = address;
    faultPc = cpu.read(dispatcher.convention().programCounter());
    return false;
  }

  private void onInterrupt(int number) {
    interrupt = number;
    faultPc = cpu.read(dispatcher.convention().programCounter());
    cpu.stop();
  }

  /**
   * Finds the exact instruction of a memory fault. Unicorn reports the start of the translated
   * block; the registers, however, already hold the state just before the faulting instruction
   * (QEMU writes them back before every access that may fault). So each instruction of the
   * straight-line block is tried in turn, single-stepped from that saved state: the one that
   * repeats the same fault at the same address is the culprit. Only runs after a crash.
   *
   * @return the faulting instruction's address, or {@code blockStart} when it cannot be found
   */
  long locateFault(long blockStart, MemoryAccess access, long address) {
    java.util.List<dev.cloudabi.emulator.cpu.Register> registers =
        new java.util.ArrayList<>(CrashReports.registersOf(cpu.arch()));
    registers.remove(dispatcher.convention().programCounter());
    long[] saved = new long[registers.size()];
    for (int i = 0; i < saved.length; i++) {
      saved[i] = cpu.read(registers.get(i));
    }
    // Cached translations would run the whole block again; counting needs fresh ones. Only this
    // block's range is dropped: a full TB flush costs seconds with Unicorn's large code buffer.
    cpu.invalidateCode(blockStart, MAX_BLOCK_INSTRUCTIONS * 16L);
    long candidate = blockStart;
    long result = blockStart;
    for (int step = 0; step < MAX_BLOCK_INSTRUCTIONS; step++) {
      for (int i = 0; i < saved.length; i++) {
        cpu.write(registers.get(i), saved[i]);
      }
      faultAccess = null;
      interrupt = -1;
      EngineStop stop = cpu.start(candidate, candidate - 1, 0, 1);
      if (faultAccess == access && faultAddress == address) {
        result = candidate;
        break;
      }
      long next = cpu.read(dispatcher.convention().programCounter());
      if (stop != EngineStop.NORMAL
          || interrupt >= 0
          || next <= candidate
          || next > candidate + 16) {
        break;
      }
      candidate = next;
    }
    for (int i = 0; i < saved.length; i++) {
      cpu.write(registers.get(i), saved[i]);
    }
    faultAccess = access;
    faultAddress = address;
    return result;
  }

  private static final int MAX_BLOCK_INSTRUCTIONS = 512;

  private volatile Thread host;
  private volatile boolean interrupted;

  /** Interrupts a host call (such as a blocking read) this thread's guest is waiting in. */
  void interruptHostCall() {
    Thread thread = host;
    if (thread != null) {
      interrupted = true;
      thread.interrupt();
    }
  }

  private volatile boolean preempted;

  /**
   * Asks the thread to give the CPU to others soon (from the preempter thread). A stop that lands
   * when the thread is not running guest code is harmless: it resumes where it stands.
   */
  void preempt(boolean force) {
    yieldRequested = true;
    if (force) {
      preempted = true;
      stop();
    }
  }

  /** Set by the preempter: give the CPU to others at the next system call. */
  private volatile boolean yieldRequested;

  private CpuLock cpuLock;

  /** Stops the engine at its next translated block; safe from any thread, also after close. */
  synchronized void stop() {
    if (!closed) {
      cpu.stop();
    }
  }

  /** Marks the thread as ended by {@code thread_exit}; it stops when the call returns. */
  void exit() {
    exited = true;
    stop();
  }

  boolean exited() {
    return exited;
  }

  /**
   * Runs guest code from {@code pc} until this thread ends (exit, fault, entry return) or the
   * process ends. Called with the CPU held; returns with it held. Between time slices (a
   * preemption, or a used-up instruction slice when a budget is set) it lets waiting threads run.
   */
  EngineStop run(long pc, CpuLock cpuLock, InstructionBudget budget) {
    host = Thread.currentThread();
    this.cpuLock = cpuLock;
    long until = AddressLayout.VDSO; // the vDSO header never runs
    try {
      while (!process.ending()) {
        long slice = budget.slice();
        preempted = false;
        yieldRequested = false;
        EngineStop stop = cpu.start(pc, until, 0, slice);
        if (stop != EngineStop.NORMAL || ended() || process.ending()) {
          return stop;
        }
        if (slice > 0 && !preempted && !budget.consume(slice)) {
          return stop; // the process's instruction budget is used up
        }
        pc = cpu.read(dispatcher.convention().programCounter());
        if (preempted) {
          process.forcedPreemption(tid, pc);
        }
        skipGate = standsOnFinishedCall(pc) ? pc : -1;
        cpuLock.yieldTo(this);
      }
      return EngineStop.NORMAL;
    } finally {
      host = null;
      if (interrupted) {
        // Our interrupt ended a blocking host call; it must not leak to the caller's thread.
        Thread.interrupted();
      }
    }
  }

  /** Whether the thread ended itself: exit, fault, CPU exception or a return from its entry. */
  private boolean ended() {
    return exited || faultAccess != null || interrupt >= 0 || returnedFromEntry;
  }

  @Override
  public void map(long address, MemorySegment host, int prot) {
    cpu.mapHost(address, host, prot);
  }

  @Override
  public void protect(long address, long size, int prot) {
    cpu.protect(address, size, prot);
  }

  @Override
  public void unmap(long address, long size) {
    cpu.unmap(address, size);
  }

  @Override
  public synchronized void close() {
    closed = true;
    cpu.close();
  }
}
