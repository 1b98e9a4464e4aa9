package dev.cloudabi.emulator.memfs;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.env.GuestClock;
import dev.cloudabi.emulator.fd.DirectoryObject;

/**
 * An in-memory file system: directories, regular files, symbolic links and hard links, with inode
 * numbers and timestamps taken from the guest clock (REALTIME), so runs are deterministic with a
 * deterministic clock. One lock guards the whole tree. File data is bounded by {@code capacity}
 * bytes (ENOSPC beyond).
 */
public final class MemFileSystem {
  private final GuestClock clock;
  private final long device;
  private final long capacity;
  private final MemNode.Dir root;
  private long nextInode = 1;
  private long usedBytes;

  public MemFileSystem(GuestClock clock, long device, long capacity) {
    this.clock = clock;
    this.device = device;
    this.capacity = capacity;
    this.root = new MemNode.Dir(nextInode++, now(), null);
  }

  /** A file system of 64 MiB on device 1. */
  public static MemFileSystem create(GuestClock clock) {
    return new MemFileSystem(clock, 1, 64L << 20);
  }

  /** A new directory capability for the root (grant it, or open subdirectories from it). */
  public DirectoryObject root() {
    return new MemDirectory(this, root);
  }

  /**
   * A nameless read/write file of type SHARED_MEMORY ({@code fd_create1}): it lives as long as a
   * descriptor refers to it.
   */
  public synchronized dev.cloudabi.emulator.fd.FileObject sharedMemory() {
    MemNode.Regular node = new MemNode.Regular(allocateInode(), now());
    return new MemFile(
        this,
        node,
        new dev.cloudabi.emulator.fd.OpenMode(true, true, false, false, false, false, 0),
        dev.cloudabi.emulator.abi.FileType.SHARED_MEMORY);
  }

  long device() {
    return device;
  }

  long now() {
    return clock.now(GuestClock.REALTIME);
  }

  long allocateInode() {
    return nextInode++;
  }

  /** Accounts for a change of file data size; ENOSPC when over capacity. */
  void resize(long delta) {
    if (delta > 0 && usedBytes + delta > capacity) {
      throw new ErrnoException(Errno.ENOSPC, "in-memory file system is full");
    }
    usedBytes += delta;
  }
}
