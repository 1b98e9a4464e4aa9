package dev.cloudabi.emulator.syscall;

import dev.cloudabi.emulator.abi.ErrnoException;
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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs system call handlers without a CPU: a process context over real guest memory (one mapped
 * scratch region) and a descriptor table; arguments are passed as the dispatcher would decode them,
 * outputs are read back from the call.
 */
public final class GuestCalls implements ProcessContext, AutoCloseable {
  private static final SyscallTable TABLE = SyscallTable.standard();
  private static final long SCRATCH = 0x10000;
  private static final long SCRATCH_SIZE = 1 << 20;

  private final GuestMemory memory = new GuestMemory(1 << 24, 1 << 24);
  private final FdTable fds;
  private final GuestClock clock = GuestClock.deterministic(1_600_000_000_000_000_000L, 1_000);
  private final ProcessResources resources;
  private final SyscallCall call = new SyscallCall(this, 1);
  private long next = SCRATCH;
  private String explanation = "";

  public GuestCalls(List<InjectedFd> descriptors) {
    this.fds = new FdTable(descriptors);
    this.resources =
        new ProcessResources(
            Arch.X86_64,
            memory,
            fds,
            clock,
            RandomSource.seeded(1),
            SharedFileMappings.UNSUPPORTED,
            1 << 22,
            new UserLocks());
    memory.map(SCRATCH, SCRATCH_SIZE, Prot.RW);
  }

  /** Runs {@code name} with decoded arguments; returns the errno (0 on success). */
  public int call(String name, long... args) {
    explanation = "";
    try {
      return TABLE.handler(name).orElseThrow().handle(call.with(Syscalls.get(name), args));
    } catch (ErrnoException e) {
      explanation = e.getMessage();
      return e.errno().value();
    } catch (IOException e) {
      return dev.cloudabi.emulator.abi.Errno.EIO.value();
    }
  }

  /** The message of the last call's failure (what the trace event carries). */
  public String explanation() {
    return explanation;
  }

  /** Output {@code index} of the last call. */
  public long output(int index) {
    return call.outputValue(index);
  }

  /** Copies bytes into scratch memory; returns their address. */
  public long put(byte[] bytes) {
    long address = allocate(Math.max(bytes.length, 1));
    memory.writeBytes(address, bytes);
    return address;
  }

  public long put(String text) {
    return put(text.getBytes(StandardCharsets.UTF_8));
  }

  public long allocate(long size) {
    long address = (next + 7) & ~7L;
    next = address + size;
    if (next > SCRATCH + SCRATCH_SIZE) {
      next = SCRATCH;
      return allocate(size);
    }
    memory.slice(address, size, Prot.WRITE).fill((byte) 0);
    return address;
  }

  @Override
  public ProcessResources resources() {
    return resources;
  }

  @Override
  public void exit(long code) {
    throw new IllegalStateException("exit " + code);
  }

  @Override
  public void terminate(Signal signal) {
    throw new IllegalStateException("signal " + signal);
  }

  @Override
  public void codeChanged(long address, long length) {}

  @Override
  public void close() {
    resources.release();
  }
}
