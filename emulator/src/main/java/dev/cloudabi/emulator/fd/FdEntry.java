package dev.cloudabi.emulator.fd;

import dev.cloudabi.emulator.abi.FileType;

/** One descriptor table entry: the object, its two rights masks and its fd flags. */
public record FdEntry(GuestObject object, long rightsBase, long rightsInheriting, int flags) {
  public FileType type() {
    return object.type();
  }

  public FdEntry withRights(long base, long inheriting) {
    return new FdEntry(object, base, inheriting, flags);
  }

  public FdEntry withFlags(int newFlags) {
    return new FdEntry(object, rightsBase, rightsInheriting, newFlags);
  }
}
