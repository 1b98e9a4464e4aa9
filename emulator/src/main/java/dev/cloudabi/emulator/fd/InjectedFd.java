package dev.cloudabi.emulator.fd;

import dev.cloudabi.emulator.abi.MaxRights;
import dev.cloudabi.emulator.abi.Right;

/**
 * A descriptor the launcher hands to the guest: the object and the rights it gets. Guest fd {@code
 * i} is the {@code i}-th element of the configuration's list.
 */
public record InjectedFd(GuestObject object, long rightsBase, long rightsInheriting) {
  /**
   * The launcher's default (ABI §14.1): the maximum for the object's type, minus FD_WRITE for
   * read-only and FD_READ for write-only streams.
   */
  public static InjectedFd withMaxRights(GuestObject object) {
    MaxRights max = MaxRights.forType(object.type());
    long base = max.base();
    if (object instanceof StreamObject stream) {
      if (!stream.writable()) {
        base &= ~Right.FD_WRITE.bit();
      }
      if (!stream.readable()) {
        base &= ~Right.FD_READ.bit();
      }
    }
    return new InjectedFd(object, base, max.inheriting());
  }

  /** A terminal-like character device with terminal rights (for the JVM's own streams). */
  public static InjectedFd terminal(StreamObject stream) {
    long base = MaxRights.TERMINAL.base();
    if (!stream.writable()) {
      base &= ~Right.FD_WRITE.bit();
    }
    if (!stream.readable()) {
      base &= ~Right.FD_READ.bit();
    }
    return new InjectedFd(stream, base, 0);
  }
}
