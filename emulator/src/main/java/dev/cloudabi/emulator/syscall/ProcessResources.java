package dev.cloudabi.emulator.syscall;

import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.env.GuestClock;
import dev.cloudabi.emulator.env.RandomSource;
import dev.cloudabi.emulator.fd.FdTable;
import dev.cloudabi.emulator.memory.GuestMemory;
import dev.cloudabi.emulator.sync.UserLocks;
import java.io.IOException;

/**
 * What a process owns for its system calls, fixed when it starts: a real process and a test double
 * hand handlers the same kind of holder, so neither repeats the accessors.
 *
 * @param sharedFileMappings writable shared file mappings, or {@link
 *     SharedFileMappings#UNSUPPORTED} where the process refuses them
 * @param mmapBase where {@code mem_map} without MAP_FIXED starts looking
 * @param locks the userspace locks and condition variables (ABI §11)
 */
public record ProcessResources(
    Arch arch,
    GuestMemory memory,
    FdTable fds,
    GuestClock clock,
    RandomSource random,
    SharedFileMappings sharedFileMappings,
    long mmapBase,
    UserLocks locks) {

  /**
   * What the end of the process releases: shared file mappings reach their files first (like munmap
   * at exit), then the descriptors close and the memory is freed.
   */
  public void release() {
    try {
      sharedFileMappings.syncAll(memory);
    } catch (IOException e) {
      // The guest is gone; a failed write-back cannot be reported to it any more.
    }
    fds.closeAll();
    memory.close();
  }
}
