package dev.cloudabi.emulator.syscall;

import dev.cloudabi.emulator.abi.Signal;
import dev.cloudabi.emulator.abi.Syscalls;
import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.env.GuestClock;
import dev.cloudabi.emulator.env.RandomSource;
import dev.cloudabi.emulator.fd.FdTable;
import dev.cloudabi.emulator.fd.InjectedFd;
import dev.cloudabi.emulator.memory.GuestMemory;
import dev.cloudabi.emulator.memory.Prot;
import dev.cloudabi.emulator.sync.UserLocks;
import java.util.ArrayList;
import java.util.List;

/** A process without a CPU: guest memory, descriptors, deterministic clock and randomness. */
final class TestProcess implements ProcessContext, AutoCloseable {
  static final long DATA = 0x20_0000L;

  final Arch arch;
  final GuestMemory memory;
  final FdTable fds;
  final GuestClock clock = GuestClock.deterministic(1_000_000, 10);
  final RandomSource random = RandomSource.seeded(7);
  Long exitCode;
  Signal signal;
  final List<long[]> codeChanges = new ArrayList<>();
  final SharedFileMappings shared = new SharedFileMappings();
  private final ProcessResources resources;

  TestProcess(Arch arch, long memoryCap, InjectedFd... descriptors) {
    this.arch = arch;
    this.memory = new GuestMemory(1L << 32, memoryCap);
    this.fds = new FdTable(List.of(descriptors));
    this.resources =
        new ProcessResources(
            arch, memory, fds, clock, random, shared, 0x1000_0000L, new UserLocks());
    memory.map(DATA, 16 * GuestMemory.PAGE_SIZE, Prot.RW);
  }

  TestProcess(Arch arch, InjectedFd... descriptors) {
    this(arch, 1L << 30, descriptors);
  }

  TestProcess(Arch arch, List<InjectedFd> descriptors) {
    this(arch, 1L << 30, descriptors.toArray(InjectedFd[]::new));
  }

  /** Runs a handler of the standard table with the given arguments. */
  int call(SyscallCall call, String name, long... args) throws java.io.IOException {
    call.with(Syscalls.get(name), args);
    return SyscallTable.standard().handler(name).orElseThrow().handle(call);
  }

  SyscallCall newCall() {
    return new SyscallCall(this, 2);
  }

  /** A call of {@code name} with decoded arguments, ready for a handler. */
  SyscallCall call(String name, long... args) {
    return newCall().with(Syscalls.get(name), args);
  }

  @Override
  public ProcessResources resources() {
    return resources;
  }

  @Override
  public void exit(long code) {
    exitCode = code;
  }

  @Override
  public void terminate(Signal value) {
    signal = value;
  }

  @Override
  public void codeChanged(long address, long length) {
    codeChanges.add(new long[] {address, length});
  }

  /** Ends the process as a real one ends: its descriptors are closed, its memory released. */
  @Override
  public void close() {
    resources.release();
  }
}
