package dev.cloudabi.emulator.syscall;

import dev.cloudabi.emulator.memory.GuestMemory;

/**
 * One {@code event} of {@code poll} (ABI §7.3: 32 bytes, the same on every target). Before
 * 2017-10-28 events echoed their subscription's identifier, descriptor or lock address in bytes
 * that are unused today; those are filled too, for early-2017 binaries (ABI §13.3).
 *
 * @param echo the legacy echo: clock identifier, lock or condvar address, or descriptor
 */
record PollEvent(long userdata, int error, int type, long nbytes, int flags, long echo) {
  static final int SIZE = 32;
  static final int HANGUP = 0x01;

  /** An event that reports only its subscription and an errno (0: it happened). */
  static PollEvent of(Subscription subscription, int error) {
    return new PollEvent(
        subscription.userdata(), error, subscription.type(), 0, 0, echo(subscription));
  }

  /** A ready descriptor. */
  static PollEvent ready(Subscription.Fd fd, long nbytes, int flags, int error) {
    return new PollEvent(fd.userdata(), error, fd.type(), nbytes, flags, fd.fd());
  }

  private static long echo(Subscription subscription) {
    return switch (subscription) {
      case Subscription.Clock c -> c.identifier();
      case Subscription.Lock l -> l.lock();
      case Subscription.Condvar c -> c.condvar();
      case Subscription.Fd f -> f.fd();
      case Subscription.ProcTerminate p -> p.fd();
      case Subscription.Unknown u -> 0;
    };
  }

  void write(GuestMemory memory, long address, int pointerSize) {
    memory.slice(address, SIZE, dev.cloudabi.emulator.memory.Prot.WRITE).fill((byte) 0);
    memory.writeU64(address, userdata);
    memory.writeU16(address + 8, error);
    memory.writeU8(address + 10, type);
    switch (type) {
      case Subscription.FD_READ, Subscription.FD_WRITE -> {
        memory.writeU64(address + 16, nbytes);
        memory.writeU32(address + 24, echo); // fd_readwrite.fd before 2017-10-28
        memory.writeU16(address + 28, flags);
      }
      case Subscription.CLOCK -> memory.writeU64(address + 16, echo);
      case Subscription.CONDVAR, Subscription.LOCK_RDLOCK, Subscription.LOCK_WRLOCK ->
          memory.writeWord(address + 16, echo, pointerSize);
      case Subscription.PROC_TERMINATE -> memory.writeU32(address + 16, echo);
      default -> {}
    }
  }
}
