package dev.cloudabi.emulator.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.env.GuestClock;
import dev.cloudabi.emulator.memory.GuestMemory;
import dev.cloudabi.emulator.memory.Prot;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The runtime side of the lock protocol (ABI §11.3) against guest memory, without a CPU. */
class UserLocksTest {
  private static final long LOCK = 0x10000;
  private static final long CONDVAR = 0x10004;
  private static final int WR = UserLocks.WRLOCKED;
  private static final int KM = UserLocks.KERNEL_MANAGED;

  private final GuestMemory memory = new GuestMemory(1L << 24, 1L << 24);
  private final UserLocks locks = new UserLocks();
  private volatile boolean ending;
  private final WaitHost host =
      new WaitHost() {
        @Override
        public CpuRelease releaseCpu() {
          return CpuRelease.NONE;
        }

        @Override
        public boolean ending() {
          return ending;
        }
      };

  UserLocksTest() {
    memory.map(LOCK, GuestMemory.PAGE_SIZE, Prot.RW);
  }

  @AfterEach
  void close() {
    memory.close();
  }

  private int word(long address) {
    return memory.loadU32Atomic(address);
  }

  private CompletableFuture<Integer> inBackground(java.util.function.Supplier<Integer> wait) {
    return CompletableFuture.supplyAsync(wait);
  }

  /** Waits until the word shows a sleeper (KERNEL_MANAGED), as a real guest would see it. */
  private void awaitManaged(long address) throws InterruptedException {
    for (int i = 0; i < 500 && (word(address) & KM) == 0; i++) {
      Thread.sleep(2);
    }
    assertThat(word(address) & KM).isNotZero();
  }

  @Test
  void aFreeLockIsTakenForWritingAtOnce() {
    assertThat(locks.writeLock(memory, LOCK, 5, Deadline.NEVER, host)).isZero();
    assertThat(word(LOCK)).isEqualTo(5 | WR);
  }

  @Test
  void writeLockingAgainIsADeadlock() {
    memory.storeU32Atomic(LOCK, 5 | WR);
    assertThat(locks.writeLock(memory, LOCK, 5, Deadline.NEVER, host))
        .isEqualTo(Errno.EDEADLK.value());
  }

  @Test
  void onlyTheOwnerMayUnlock() {
    memory.storeU32Atomic(LOCK, 5 | WR);
    assertThat(locks.unlock(memory, LOCK, 6)).isEqualTo(Errno.EPERM.value());
    assertThat(locks.unlock(memory, LOCK, 5)).isZero();
    assertThat(word(LOCK)).isZero();
  }

  @Test
  void unlockHandsTheLockToTheWaitingWriter() throws Exception {
    memory.storeU32Atomic(LOCK, 5 | WR);
    CompletableFuture<Integer> writer =
        inBackground(() -> locks.writeLock(memory, LOCK, 6, Deadline.NEVER, host));
    awaitManaged(LOCK);
    assertThat(locks.unlock(memory, LOCK, 5)).isZero();
    assertThat(writer.get(5, TimeUnit.SECONDS)).isZero();
    assertThat(word(LOCK)).isEqualTo(6 | WR);
  }

  @Test
  void readersShareALockAndWaitForAWriter() throws Exception {
    assertThat(locks.readLock(memory, LOCK, 5, Deadline.NEVER, host)).isZero();
    assertThat(locks.readLock(memory, LOCK, 6, Deadline.NEVER, host)).isZero();
    assertThat(word(LOCK)).isEqualTo(2);

    memory.storeU32Atomic(LOCK, 7 | WR);
    CompletableFuture<Integer> reader =
        inBackground(() -> locks.readLock(memory, LOCK, 8, Deadline.NEVER, host));
    awaitManaged(LOCK);
    assertThat(locks.unlock(memory, LOCK, 7)).isZero();
    assertThat(reader.get(5, TimeUnit.SECONDS)).isZero();
    assertThat(word(LOCK)).isEqualTo(1);
  }

  @Test
  void aTimedOutWaiterLeavesTheLockUnmanaged() {
    memory.storeU32Atomic(LOCK, 5 | WR);
    Deadline soon = Deadline.of(GuestClock.system(), GuestClock.MONOTONIC, 20_000_000, false);
    long started = System.nanoTime();
    assertThat(locks.writeLock(memory, LOCK, 6, soon, host)).isEqualTo(Errno.ETIMEDOUT.value());
    assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(20_000_000);
    assertThat(word(LOCK)).isEqualTo(5 | WR);
  }

  @Test
  void aSignalWakesTheWaiterHoldingTheLockAgain() throws Exception {
    memory.storeU32Atomic(LOCK, 5 | WR);
    CompletableFuture<Integer> waiter =
        inBackground(() -> locks.await(memory, CONDVAR, LOCK, 5, Deadline.NEVER, host));
    for (int i = 0; i < 500 && word(CONDVAR) == 0; i++) {
      Thread.sleep(2);
    }
    assertThat(word(LOCK)).as("released while waiting").isZero();
    assertThat(locks.signal(memory, CONDVAR, 1)).isZero();
    assertThat(waiter.get(5, TimeUnit.SECONDS)).isZero();
    assertThat(word(LOCK)).isEqualTo(5 | WR);
    assertThat(word(CONDVAR)).as("no waiters left").isZero();
  }

  @Test
  void aSignalledWaiterQueuesForABusyLock() throws Exception {
    memory.storeU32Atomic(LOCK, 5 | WR);
    CompletableFuture<Integer> waiter =
        inBackground(() -> locks.await(memory, CONDVAR, LOCK, 5, Deadline.NEVER, host));
    for (int i = 0; i < 500 && word(CONDVAR) == 0; i++) {
      Thread.sleep(2);
    }
    assertThat(locks.writeLock(memory, LOCK, 6, Deadline.NEVER, host)).isZero();
    assertThat(locks.signal(memory, CONDVAR, 1)).isZero();
    assertThat(word(LOCK)).isEqualTo(6 | WR | KM);
    assertThat(waiter).isNotDone();
    assertThat(locks.unlock(memory, LOCK, 6)).isZero();
    assertThat(waiter.get(5, TimeUnit.SECONDS)).isZero();
    assertThat(word(LOCK)).isEqualTo(5 | WR);
  }

  @Test
  void aTimedOutCondvarWaitTakesTheLockBackAndReportsTheTimeout() {
    memory.storeU32Atomic(LOCK, 5 | WR);
    Deadline soon = Deadline.of(GuestClock.system(), GuestClock.MONOTONIC, 10_000_000, false);
    assertThat(locks.await(memory, CONDVAR, LOCK, 5, soon, host))
        .isEqualTo(Errno.ETIMEDOUT.value());
    assertThat(word(LOCK)).isEqualTo(5 | WR);
    assertThat(word(CONDVAR)).isZero();
  }

  @Test
  void signallingACondvarNobodyWaitsOnIsHarmless() {
    memory.storeU32Atomic(CONDVAR, 0xFFFF_FFFF);
    assertThat(locks.signal(memory, CONDVAR, 1)).isZero();
    assertThat(word(CONDVAR)).isZero();
  }

  @Test
  void theEndOfTheRunWakesEveryWaiter() throws Exception {
    memory.storeU32Atomic(LOCK, 5 | WR);
    CompletableFuture<Integer> writer =
        inBackground(() -> locks.writeLock(memory, LOCK, 6, Deadline.NEVER, host));
    awaitManaged(LOCK);
    ending = true;
    assertThat(writer.get(1, TimeUnit.SECONDS)).isEqualTo(Errno.EINTR.value());
  }

  @Test
  void aMisalignedLockWordIsInvalid() {
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () -> locks.writeLock(memory, LOCK + 2, 5, Deadline.NEVER, host)))
        .hasMessageContaining("not a 4-aligned lock word");
  }
}
