package dev.cloudabi.emulator.syscall;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.env.GuestClock;
import dev.cloudabi.emulator.fd.InjectedFd;
import dev.cloudabi.emulator.host.HostOutputStream;
import dev.cloudabi.emulator.sync.UserLocks;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** {@code poll} against in-memory guest memory and a deterministic clock, without a CPU. */
class PollSyscallsTest {
  private static final long IN = TestProcess.DATA;
  private static final long OUT = TestProcess.DATA + 0x400;
  private static final long NEVENTS = TestProcess.DATA + 0x800;
  private static final long LOCK = TestProcess.DATA + 0x900;

  private static void clock(
      TestProcess p, int index, long userdata, int clockId, long timeout, boolean absolute) {
    long s = IN + (long) index * Subscription.SIZE;
    p.memory.writeU64(s, userdata);
    p.memory.writeU8(s + 10, Subscription.CLOCK);
    p.memory.writeU64(s + 16, 77); // identifier
    p.memory.writeU32(s + 24, clockId);
    p.memory.writeU64(s + 32, timeout);
    p.memory.writeU64(s + 40, 0);
    p.memory.writeU16(s + 48, absolute ? Subscription.CLOCK_ABSTIME : 0);
  }

  private static void writeLock(TestProcess p, int index, long userdata, long lock) {
    long s = IN + (long) index * Subscription.SIZE;
    int ptr = p.arch.pointerSize();
    p.memory.writeU64(s, userdata);
    p.memory.writeU8(s + 10, Subscription.LOCK_WRLOCK);
    p.memory.writeWord(s + 16, lock, ptr);
    p.memory.writeU8(s + 16 + ptr, SyncSyscalls.SCOPE_PRIVATE);
  }

  private static void fd(TestProcess p, int index, long userdata, int type, int fd) {
    long s = IN + (long) index * Subscription.SIZE;
    p.memory.writeU64(s, userdata);
    p.memory.writeU8(s + 10, type);
    p.memory.writeU32(s + 16, fd);
  }

  private static int poll(TestProcess p, int subscriptions) throws Exception {
    SyscallCall call = p.newCall();
    assertThat(p.call(call, "poll", IN, OUT, subscriptions, NEVENTS)).isZero();
    return (int) call.outputValue(3);
  }

  private static long userdata(TestProcess p, int event) {
    return p.memory.readU64(OUT + (long) event * PollEvent.SIZE);
  }

  private static int error(TestProcess p, int event) {
    return p.memory.readU16(OUT + (long) event * PollEvent.SIZE + 8);
  }

  private static int type(TestProcess p, int event) {
    return p.memory.readU8(OUT + (long) event * PollEvent.SIZE + 10);
  }

  @Test
  void aRelativeClockFiresOnlyAfterItsTimeout() throws Exception {
    try (TestProcess p = new TestProcess(Arch.X86_64)) {
      long before = p.clock.now(GuestClock.MONOTONIC);
      clock(p, 0, 0xC10C, GuestClock.MONOTONIC, 3_000_000, false);

      assertThat(poll(p, 1)).isEqualTo(1);

      assertThat(userdata(p, 0)).isEqualTo(0xC10C);
      assertThat(type(p, 0)).isEqualTo(Subscription.CLOCK);
      assertThat(error(p, 0)).isZero();
      assertThat(p.clock.now(GuestClock.MONOTONIC) - before).isGreaterThanOrEqualTo(3_000_000);
    }
  }

  @Test
  void anAbsoluteClockInThePastFiresAtOnce() throws Exception {
    try (TestProcess p = new TestProcess(Arch.AARCH64)) {
      clock(p, 0, 5, GuestClock.REALTIME, 1, true);

      assertThat(poll(p, 1)).isEqualTo(1);

      assertThat(userdata(p, 0)).isEqualTo(5);
      assertThat(error(p, 0)).isZero();
    }
  }

  @Test
  void aWritableTerminalIsReadyWithoutWaitingForTheClock() throws Exception {
    try (TestProcess p =
        new TestProcess(
            Arch.ARMV6,
            InjectedFd.terminal(new HostOutputStream(new ByteArrayOutputStream(), false)))) {
      fd(p, 0, 11, Subscription.FD_WRITE, 0);
      clock(p, 1, 12, GuestClock.MONOTONIC, 60_000_000_000L, false);

      assertThat(poll(p, 2)).isEqualTo(1);

      assertThat(userdata(p, 0)).isEqualTo(11);
      assertThat(type(p, 0)).isEqualTo(Subscription.FD_WRITE);
      assertThat(error(p, 0)).isZero();
    }
  }

  @Test
  void aWriteLockOnAFreeLockIsTakenForTheCallingThread() throws Exception {
    try (TestProcess p = new TestProcess(Arch.I686)) {
      p.memory.writeU32(LOCK, 0);
      writeLock(p, 0, 9, LOCK);

      assertThat(poll(p, 1)).isEqualTo(1);

      assertThat(type(p, 0)).isEqualTo(Subscription.LOCK_WRLOCK);
      assertThat(error(p, 0)).isZero();
      assertThat(p.memory.readU32(LOCK)).isEqualTo(UserLocks.WRLOCKED | 2);
    }
  }

  @Test
  void aLockTimeoutOnACpuTimeClockIsNotSupported() throws Exception {
    try (TestProcess p = new TestProcess(Arch.X86_64)) {
      p.memory.writeU32(LOCK, UserLocks.WRLOCKED | 3); // held by another thread
      writeLock(p, 0, 9, LOCK);
      clock(p, 1, 10, 2, 1_000, false); // PROCESS_CPUTIME_ID

      assertThat(poll(p, 2)).isEqualTo(1);

      assertThat(userdata(p, 0)).isEqualTo(9);
      assertThat(error(p, 0)).isEqualTo(Errno.ENOTSUP.value());
      assertThat(p.memory.readU32(LOCK)).isEqualTo(UserLocks.WRLOCKED | 3);
    }
  }
}
