package dev.cloudabi.emulator.host;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.abi.FileType;
import dev.cloudabi.emulator.fd.DirEntry;
import dev.cloudabi.emulator.fd.DirectoryObject;
import dev.cloudabi.emulator.fd.FileStat;
import dev.cloudabi.emulator.fd.GuestObject;
import dev.cloudabi.emulator.fd.OpenMode;
import dev.cloudabi.emulator.fd.TimeUpdate;
import dev.cloudabi.emulator.natives.Posix;
import dev.cloudabi.emulator.natives.PosixException;
import dev.cloudabi.emulator.natives.PosixFiles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A host directory capability: an open host directory descriptor. Every operation is an {@code
 * *at()} call relative to it on a single name, never following a final symbolic link, so a name the
 * resolver checked cannot be swapped for a path leading elsewhere (ADR 0010).
 */
public final class HostDirectory implements DirectoryObject {
  private static final int DIR_FLAGS =
      Posix.O_RDONLY | PosixFiles.O_DIRECTORY | PosixFiles.O_NOFOLLOW | Posix.O_CLOEXEC;
  private final HostFd handle;

  HostDirectory(int fd) {
    this.handle = new HostFd(fd);
  }

  /** Runs {@code op} with this descriptor and {@code other}'s leased. */
  private void run2(String what, DirectoryObject other, TwoDirectories op) {
    HostDirectory target = host(other);
    try (HostFd.Lease mine = handle.lease();
        HostFd.Lease theirs = target.handle.lease()) {
      op.apply(mine.fd(), theirs.fd());
    } catch (PosixException e) {
      throw HostErrno.failure(what, e);
    }
  }

  @FunctionalInterface
  private interface TwoDirectories {
    void apply(int from, int to) throws PosixException;
  }

  @Override
  public FileType type() {
    return FileType.DIRECTORY;
  }

  @Override
  public DirectoryObject openDirectory(String name) {
    return new HostDirectory(
        handle.call("open directory " + name, fd -> PosixFiles.openat(fd, name, DIR_FLAGS, 0)));
  }

  @Override
  public String readlink(String name) {
    byte[] text = handle.call("readlink " + name, fd -> PosixFiles.readlinkat(fd, name));
    return new String(text, StandardCharsets.UTF_8);
  }

  @Override
  public GuestObject open(String name, OpenMode mode) {
    int flags =
        (mode.write() ? (mode.read() ? PosixFiles.O_RDWR : Posix.O_WRONLY) : Posix.O_RDONLY)
            | PosixFiles.O_NOFOLLOW
            | Posix.O_CLOEXEC
            | PosixFiles.O_NOCTTY
            | PosixFiles.O_NONBLOCK
            | (mode.create() ? PosixFiles.O_CREAT : 0)
            | (mode.exclusive() ? PosixFiles.O_EXCL : 0)
            | (mode.truncate() ? PosixFiles.O_TRUNC : 0)
            | (mode.directory() ? PosixFiles.O_DIRECTORY : 0)
            | (mode.append() ? PosixFiles.O_APPEND : 0);
    int opened;
    try {
      opened = handle.call("open " + name, fd -> PosixFiles.openat(fd, name, flags, 0666));
    } catch (ErrnoException failure) {
      if (failure.errno() == Errno.ENXIO) {
        throw new ErrnoException(Errno.ENOTSUP, "cannot open a socket: " + name);
      }
      throw failure;
    }
    FileType type;
    try {
      type = HostStat.stat(opened, "").type();
    } catch (PosixException e) {
      HostFd.closeQuietly(opened);
      throw HostErrno.failure("statx ", e);
    }
    return switch (type) {
      case DIRECTORY -> new HostDirectory(opened);
      case REGULAR_FILE -> new HostFile(opened, mode.read(), mode.write(), mode.fdFlags());
      default -> {
        HostFd.closeQuietly(opened);
        throw new ErrnoException(Errno.ENOTSUP, "cannot open a " + type + ": " + name);
      }
    };
  }

  @Override
  public void createDirectory(String name) {
    handle.run("mkdir " + name, fd -> PosixFiles.mkdirat(fd, name, 0777));
  }

  @Override
  public void symlink(String target, String name) {
    handle.run("symlink " + name, fd -> PosixFiles.symlinkat(target, fd, name));
  }

  @Override
  public void link(String name, DirectoryObject target, String targetName) {
    run2("link " + name, target, (from, to) -> PosixFiles.linkat(from, name, to, targetName));
  }

  @Override
  public void rename(String name, DirectoryObject target, String targetName) {
    try {
      run2("rename " + name, target, (from, to) -> PosixFiles.renameat(from, name, to, targetName));
    } catch (ErrnoException failure) {
      throw failure.errno() == Errno.EBUSY
          ? new ErrnoException(Errno.EINVAL, "rename of a busy name " + name)
          : failure;
    }
  }

  @Override
  public void unlink(String name, boolean directory) {
    try {
      handle.run(
          "unlink " + name,
          fd -> PosixFiles.unlinkat(fd, name, directory ? PosixFiles.AT_REMOVEDIR : 0));
    } catch (ErrnoException failure) {
      throw failure.errno() == Errno.EISDIR
          ? new ErrnoException(Errno.EPERM, name + " is a directory")
          : failure;
    }
  }

  @Override
  public FileStat stat(String name) {
    return handle.call("statx " + name, fd -> HostStat.stat(fd, name));
  }

  @Override
  public void setTimes(String name, TimeUpdate times) {
    handle.run(
        "utimensat " + name,
        fd ->
            PosixFiles.utimensat(
                fd, name, HostStat.timespecs(times), PosixFiles.AT_SYMLINK_NOFOLLOW));
  }

  @Override
  public FileStat stat() {
    return handle.call("statx ", fd -> HostStat.stat(fd, ""));
  }

  @Override
  public void setTimes(TimeUpdate times) {
    handle.run("futimens", fd -> PosixFiles.utimensat(fd, null, HostStat.timespecs(times), 0));
  }

  @Override
  public List<DirEntry> entries() {
    return handle.call("readdir", this::list);
  }

  private List<DirEntry> list(int fd) throws PosixException {
    List<DirEntry> entries = new ArrayList<>();
    List<DirEntry> dots = new ArrayList<>();
    for (PosixFiles.DirectoryEntry entry : PosixFiles.readdir(fd)) {
      FileType type = HostStat.direntType(entry.dType());
      if (type == FileType.UNKNOWN) {
        // Some file systems leave d_type unset; ask for the name's status instead.
        try {
          type = HostStat.stat(fd, entry.name()).type();
        } catch (PosixException vanished) {
          continue;
        }
      }
      DirEntry converted = new DirEntry(entry.name(), entry.inode(), type);
      if (entry.name().equals(".") || entry.name().equals("..")) {
        dots.add(converted);
      } else {
        entries.add(converted);
      }
    }
    dots.sort((a, b) -> a.name().compareTo(b.name()));
    dots.addAll(entries);
    return dots;
  }

  @Override
  public boolean sameFileSystem(DirectoryObject other) {
    return other instanceof HostDirectory;
  }

  @Override
  public void close() {
    handle.close();
  }

  private static HostDirectory host(DirectoryObject other) {
    if (other instanceof HostDirectory host) {
      return host;
    }
    throw new ErrnoException(Errno.EXDEV, "the two directories are in different file systems");
  }
}
