package dev.cloudabi.emulator.memfs;

import dev.cloudabi.emulator.abi.FileType;
import dev.cloudabi.emulator.fd.FileStat;
import java.util.TreeMap;

/** An inode of the in-memory file system. Guarded by the file system's lock. */
abstract sealed class MemNode permits MemNode.Dir, MemNode.Regular, MemNode.Symlink {
  final long inode;
  long links;
  long accessTime;
  long modifyTime;
  long changeTime;

  MemNode(long inode, long now) {
    this.inode = inode;
    this.accessTime = now;
    this.modifyTime = now;
    this.changeTime = now;
  }

  abstract FileType type();

  abstract long size();

  FileStat stat(long device) {
    return new FileStat(device, inode, type(), links, size(), accessTime, modifyTime, changeTime);
  }

  /** A directory; {@code parent} is itself for the root; {@code removed} after rmdir. */
  static final class Dir extends MemNode {
    final TreeMap<String, MemNode> children = new TreeMap<>();
    Dir parent;
    boolean removed;

    Dir(long inode, long now, Dir parent) {
      super(inode, now);
      this.parent = parent == null ? this : parent;
      this.links = 2;
    }

    @Override
    FileType type() {
      return FileType.DIRECTORY;
    }

    @Override
    long size() {
      return children.size();
    }
  }

  /** A regular file: bytes {@code [0, length)} of {@code data}. */
  static final class Regular extends MemNode {
    byte[] data = new byte[0];
    int length;

    Regular(long inode, long now) {
      super(inode, now);
      this.links = 1;
    }

    @Override
    FileType type() {
      return FileType.REGULAR_FILE;
    }

    @Override
    long size() {
      return length;
    }
  }

  /** A symbolic link holding its text verbatim. */
  static final class Symlink extends MemNode {
    final String target;

    Symlink(long inode, long now, String target) {
      super(inode, now);
      this.target = target;
      this.links = 1;
    }

    @Override
    FileType type() {
      return FileType.SYMBOLIC_LINK;
    }

    @Override
    long size() {
      return target.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
  }
}
