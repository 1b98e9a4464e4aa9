package dev.cloudabi.emulator.syscall;

import dev.cloudabi.emulator.memory.GuestMemory;

/**
 * One {@code subscription} of {@code poll} (ABI §7.3, 56 bytes on every target; the union members
 * of CONDVAR and LOCK hold pointers, so their later fields move with the pointer size).
 */
sealed interface Subscription {
  int SIZE = 56;
  int CLOCK = 1;
  int CONDVAR = 2;
  int FD_READ = 3;
  int FD_WRITE = 4;
  int LOCK_RDLOCK = 5;
  int LOCK_WRLOCK = 6;
  int PROC_TERMINATE = 7;
  int CLOCK_ABSTIME = 1;

  long userdata();

  int type();

  /** A timeout on {@code clockId}; {@code precision} is how late it may fire. */
  record Clock(
      long userdata, long identifier, int clockId, long timeout, long precision, boolean absolute)
      implements Subscription {
    @Override
    public int type() {
      return CLOCK;
    }
  }

  /** FD_READ or FD_WRITE readiness of a descriptor. */
  record Fd(long userdata, int type, long fd) implements Subscription {}

  /** LOCK_RDLOCK or LOCK_WRLOCK. */
  record Lock(long userdata, int type, long lock, int scope) implements Subscription {}

  record Condvar(long userdata, long condvar, long lock, int condvarScope, int lockScope)
      implements Subscription {
    @Override
    public int type() {
      return CONDVAR;
    }
  }

  record ProcTerminate(long userdata, long fd) implements Subscription {
    @Override
    public int type() {
      return PROC_TERMINATE;
    }
  }

  /** A type this ABI does not know; its event reports EINVAL. */
  record Unknown(long userdata, int type) implements Subscription {}

  /** Decodes the subscription at {@code address} (already checked readable). */
  static Subscription read(GuestMemory memory, long address, int pointerSize) {
    long userdata = memory.readU64(address);
    int type = memory.readU8(address + 10);
    long u = address + 16; // the union
    boolean wide = pointerSize == 8;
    return switch (type) {
      case CLOCK ->
          new Clock(
              userdata,
              memory.readU64(u),
              (int) memory.readU32(address + 24),
              memory.readU64(address + 32),
              memory.readU64(address + 40),
              (memory.readU16(address + 48) & CLOCK_ABSTIME) != 0);
      case CONDVAR ->
          new Condvar(
              userdata,
              memory.readWord(u, pointerSize),
              memory.readWord(u + (wide ? 8 : 4), pointerSize),
              memory.readU8(u + (wide ? 16 : 8)),
              memory.readU8(u + (wide ? 17 : 9)));
      case FD_READ, FD_WRITE -> new Fd(userdata, type, memory.readU32(u));
      case LOCK_RDLOCK, LOCK_WRLOCK ->
          new Lock(
              userdata, type, memory.readWord(u, pointerSize), memory.readU8(u + (wide ? 8 : 4)));
      case PROC_TERMINATE -> new ProcTerminate(userdata, memory.readU32(u));
      default -> new Unknown(userdata, type);
    };
  }
}
