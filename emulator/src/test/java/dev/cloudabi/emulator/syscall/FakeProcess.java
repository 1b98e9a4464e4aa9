package dev.cloudabi.emulator.syscall;

import dev.cloudabi.emulator.abi.Signal;
import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.env.GuestClock;
import dev.cloudabi.emulator.env.RandomSource;
import dev.cloudabi.emulator.fd.FdTable;
import dev.cloudabi.emulator.fd.InjectedFd;
import dev.cloudabi.emulator.memory.GuestMemory;
import dev.cloudabi.emulator.memory.Prot;
import java.util.List;

/** A process for handler tests: guest memory and a descriptor table, no CPU. */
final class FakeProcess implements ProcessContext, AutoCloseable {
  static final long SCRATCH = 0x10000;

  private final Arch arch;
  private final GuestMemory memory = new GuestMemory(1L << 20, 1L << 20);
  private final FdTable fds;

  FakeProcess(Arch arch, List<InjectedFd> descriptors) {
    this.arch = arch;
    this.fds = new FdTable(descriptors);
    memory.map(SCRATCH, 0x10000, Prot.READ | Prot.WRITE);
  }

  SyscallCall call(String name, long... args) {
    return new SyscallCall(this, 1).with(dev.cloudabi.emulator.abi.Syscalls.get(name), args);
  }

  @Override
  public Arch arch() {
    return arch;
  }

  @Override
  public GuestMemory memory() {
    return memory;
  }

  @Override
  public FdTable fds() {
    return fds;
  }

  @Override
  public GuestClock clock() {
    return GuestClock.deterministic(0, 1);
  }

  @Override
  public RandomSource random() {
    return RandomSource.seeded(0);
  }

  @Override
  public long mmapBase() {
    return 0x20000;
  }

  @Override
  public void exit(long code) {
    throw new AssertionError("exit " + code);
  }

  @Override
  public void terminate(Signal signal) {
    throw new AssertionError("terminate " + signal);
  }

  @Override
  public void codeChanged(long address, long length) {}

  @Override
  public void close() {
    fds.closeAll();
    memory.close();
  }

  private final dev.cloudabi.emulator.sync.UserLocks locks =
      new dev.cloudabi.emulator.sync.UserLocks();

  @Override
  public dev.cloudabi.emulator.sync.UserLocks locks() {
    return locks;
  }
}
