package dev.cloudabi.app.services;

import dev.cloudabi.emulator.abi.SyscallSignature;
import dev.cloudabi.emulator.abi.Syscalls;
import dev.cloudabi.emulator.syscall.SyscallTable;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the emulator offers a guest: the names its vDSO exports and which of them have a real
 * handler (the rest are explicit ENOSYS entries). Read from the emulator's own tables.
 *
 * @param vdso every exported name, without the {@code cloudabi_sys_} prefix
 * @param implemented the names whose handler is not an ENOSYS stub
 */
public record EmulatorSyscalls(Set<String> vdso, Set<String> implemented) {
  public EmulatorSyscalls {
    vdso = Set.copyOf(vdso);
    implemented = Set.copyOf(implemented);
  }

  /** The emulator's vDSO list and handler table. */
  public static EmulatorSyscalls fromEmulator() {
    Set<String> vdso = new LinkedHashSet<>();
    for (SyscallSignature s : Syscalls.all()) {
      vdso.add(s.name());
    }
    return new EmulatorSyscalls(vdso, new LinkedHashSet<>(SyscallTable.implementedNames()));
  }

  /** "yes", "ENOSYS stub" or "no". */
  public String provides(String name) {
    if (!vdso.contains(name)) {
      return "no";
    }
    return implemented.contains(name) ? "yes" : "ENOSYS stub";
  }
}
