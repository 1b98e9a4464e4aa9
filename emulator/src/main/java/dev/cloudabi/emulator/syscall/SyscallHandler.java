package dev.cloudabi.emulator.syscall;

import java.io.IOException;

/**
 * Implements one system call over decoded arguments. Returns the errno value (0 on success) and
 * stores outputs with {@link SyscallCall#setOutput}; may also throw {@link
 * dev.cloudabi.emulator.abi.ErrnoException} (or IOException, reported as EIO).
 */
@FunctionalInterface
public interface SyscallHandler {
  int handle(SyscallCall call) throws IOException;
}
