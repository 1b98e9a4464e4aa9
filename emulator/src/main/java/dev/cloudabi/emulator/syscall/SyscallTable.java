package dev.cloudabi.emulator.syscall;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.SyscallSignature;
import dev.cloudabi.emulator.abi.Syscalls;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Handlers by system call name. The families are listed explicitly in {@link #standard()} — no
 * scanning, no reflection. A name may be registered as an explicit ENOSYS entry.
 */
public final class SyscallTable {
  /** The standard families, in registration order. */
  public static List<SyscallFamily> standardFamilies() {
    return List.of(
        new ClockSyscalls(),
        new FdSyscalls(),
        new FileSyscalls(),
        new MemSyscalls(),
        new ProcSyscalls(),
        new RandomSyscalls(),
        new ThreadSyscalls(),
        new SockSyscalls(),
        new PollSyscalls(),
        new SyncSyscalls());
  }

  /**
   * The vDSO names the emulator really implements (an explicit ENOSYS entry does not count), in
   * vDSO order: what a binary's syscall imports are checked against.
   */
  public static List<String> implementedNames() {
    SyscallTable table = standard();
    return Syscalls.all().stream()
        .map(SyscallSignature::name)
        .filter(name -> table.handler(name).isPresent() && !table.isEnosys(name))
        .toList();
  }

  public static SyscallTable standard() {
    Builder builder = new Builder();
    for (SyscallFamily family : standardFamilies()) {
      family.register(builder);
    }
    return builder.build();
  }

  private final Map<String, SyscallHandler> handlers;
  private final Map<String, Boolean> enosys;

  private SyscallTable(Map<String, SyscallHandler> handlers, Map<String, Boolean> enosys) {
    this.handlers = Map.copyOf(handlers);
    this.enosys = Map.copyOf(enosys);
  }

  /** The handler for a name (an ENOSYS entry is a handler too); empty when unregistered. */
  public Optional<SyscallHandler> handler(String name) {
    return Optional.ofNullable(handlers.get(name));
  }

  public boolean isEnosys(String name) {
    return enosys.getOrDefault(name, false);
  }

  public static final class Builder {
    private final Map<String, SyscallHandler> handlers = new LinkedHashMap<>();
    private final Map<String, Boolean> enosys = new LinkedHashMap<>();

    /** Registers the handler of a system call named in {@link Syscalls}. */
    public Builder handle(String name, SyscallHandler handler) {
      SyscallSignature ignored = Syscalls.get(name);
      if (handlers.putIfAbsent(name, handler) != null) {
        throw new IllegalStateException(name + " is registered twice");
      }
      enosys.put(name, false);
      return this;
    }

    /** Registers an explicit ENOSYS entry: the name is exported, the call fails with ENOSYS. */
    public Builder enosys(String name) {
      handle(name, call -> Errno.ENOSYS.value());
      enosys.put(name, true);
      return this;
    }

    public SyscallTable build() {
      return new SyscallTable(handlers, enosys);
    }
  }
}
