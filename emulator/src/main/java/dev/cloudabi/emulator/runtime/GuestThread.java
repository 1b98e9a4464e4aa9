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

  /** Runs until the process ends, a fault, or a stop request. */
  EngineStop run(long pc, long budget) {
    long until = dev.cloudabi.emulator.loader.AddressLayout.VDSO; // the vDSO header never runs
    return cpu.start(pc, until, 0, budget);
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
