package dev.cloudabi.emulator.runtime;

import dev.cloudabi.emulator.memory.MemoryMapper;
import dev.cloudabi.emulator.syscall.Dispatcher;
import dev.cloudabi.emulator.syscall.SyscallCall;
import dev.cloudabi.emulator.unicorn.EngineStop;
import dev.cloudabi.emulator.unicorn.MemoryAccess;
import dev.cloudabi.emulator.unicorn.UnicornEngine;
import java.lang.foreign.MemorySegment;

/**
 * One guest thread: its own Unicorn engine over the process's shared guest memory, with one code
 * hook on the vDSO stubs (never on guest code, so translated blocks of the program stay chained), a
 * memory fault hook and an interrupt hook.
 */
final class GuestThread implements MemoryMapper, AutoCloseable {
  final int tid;
  final UnicornEngine cpu;
  private final GuestProcess process;
  private final Dispatcher dispatcher;
  private final Dispatcher.ThreadState state;
  private final long stubBase;

  MemoryAccess faultAccess;
  long faultAddress = -1;
  long faultPc = -1;
  int interrupt = -1;
  boolean returnedFromEntry;

  GuestThread(GuestProcess process, int tid, Dispatcher dispatcher, long stubBase, long stubEnd) {
    this.process = process;
    this.tid = tid;
    this.dispatcher = dispatcher;
    this.stubBase = stubBase;
    this.cpu = UnicornEngine.open(process.arch());
    this.state =
        new Dispatcher.ThreadState(cpu, dispatcher.convention(), new SyscallCall(process, tid));
    cpu.addCodeHook(stubBase, stubEnd, this::onStub);
    cpu.addMemoryFaultHook(this::onFault);
    cpu.addInterruptHook(this::onInterrupt);
  }

  private void onStub(long address, int size) {
    int index = (int) ((address - stubBase) / dev.cloudabi.emulator.loader.VdsoImage.STUB_SIZE);
    if (index < dispatcher.count()) {
      dispatcher.dispatch(index, state);
    } else {
      returnedFromEntry = true;
      cpu.stop();
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

  /** Runs until the process ends, a fault, or a stop request. */
  EngineStop run(long pc, long budget) {
    host = Thread.currentThread();
    long until = dev.cloudabi.emulator.loader.AddressLayout.VDSO; // the vDSO header never runs
    try {
      return cpu.start(pc, until, 0, budget);
    } finally {
      host = null;
      if (interrupted) {
        // Our interrupt ended a blocking host call; it must not leak to the caller's thread.
        Thread.interrupted();
      }
    }
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
  public void close() {
    cpu.close();
  }
}
