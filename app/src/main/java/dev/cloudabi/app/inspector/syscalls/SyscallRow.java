package dev.cloudabi.app.inspector.syscalls;

import dev.cloudabi.app.binary.ByteRange;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One system call a binary imports.
 *
 * @param name without the {@code cloudabi_sys_} prefix
 * @param carried whether the binary carries the name for its vDSO lookup
 * @param wrapper whether it has a {@code cloudabi_sys_<name>} function symbol
 * @param reached "yes", "no" or "not analysed"
 * @param provided whether the emulator's vDSO offers it: "yes", "ENOSYS stub" or "no"
 * @param nameBytes where the carried name sits in the file
 */
public record SyscallRow(
    String name,
    boolean carried,
    boolean wrapper,
    String reached,
    String provided,
    Optional<ByteRange> nameBytes,
    ReadOnlyStringWrapper calledWrapper) {

  /** Calls in the last run: "not run yet", "not called" or a count. */
  public ReadOnlyStringProperty called() {
    return calledWrapper.getReadOnlyProperty();
  }
}
