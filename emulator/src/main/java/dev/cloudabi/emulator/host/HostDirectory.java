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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * A host directory capability: an open host directory descriptor. Every operation is an {@code
 * *at()} call relative to it on a single name, never following a final symbolic link, so a name the
 * resolver checked cannot be swapped for a path leading elsewhere (ADR 0010).
 */
public final class HostDirectory implements DirectoryObject {
  private static final int DIR_FLAGS =
      Libc.O_RDONLY | Libc.O_DIRECTORY | Libc.O_NOFOLLOW | Libc.O_CLOEXEC;
  private final HostFd handle;

  HostDirectory(int fd) {
    this.handle = new HostFd(fd);
  }

  /** Runs {@code op} with the host descriptor leased for its duration. */
  private <T> T at(IntFunction<T> op) {
    try (HostFd.Lease lease = handle.lease()) {
      return op.apply(lease.fd());
    }
  }

  private void run(IntConsumer op) {
    try (HostFd.Lease lease = handle.lease()) {
      op.accept(lease.fd());
    }
  }

  /** Runs {@code op} with this descriptor and {@code other}'s leased. */
  private void run2(DirectoryObject other, IntBinaryOperator op) {
    HostDirectory target = host(other);
    try (HostFd.Lease mine = handle.lease();
        HostFd.Lease theirs = target.handle.lease()) {
      op.applyAsInt(mine.fd(), theirs.fd());
    }
  }

  @Override
  public FileType type() {
    return FileType.DIRECTORY;
  }

  @Override
  public DirectoryObject openDirectory(String name) {
    int child = at(fd -> Libc.openat(fd, name, DIR_FLAGS, 0));
    if (child < 0) {
      throw HostErrno.last("open directory " + name);
    }
    return new HostDirectory(child);
  }

  @Override
  public String readlink(String name) {
    byte[] text = at(fd -> Libc.readlinkat(fd, name));
    if (text == null) {
      throw HostErrno.last("readlink " + name);
    }
    return new String(text, StandardCharsets.UTF_8);
  }

  @Override
  public GuestObject open(String name, OpenMode mode) {
    int flags =
        (mode.write() ? (mode.read() ? Libc.O_RDWR : Libc.O_WRONLY) : Libc.O_RDONLY)
            | Libc.O_NOFOLLOW
            | Libc.O_CLOEXEC
            | Libc.O_NOCTTY
            | Libc.O_NONBLOCK
            | (mode.create() ? Libc.O_CREAT : 0)
            | (mode.exclusive() ? Libc.O_EXCL : 0)
            | (mode.truncate() ? Libc.O_TRUNC : 0)
            | (mode.directory() ? Libc.O_DIRECTORY : 0)
            | (mode.append() ? Libc.O_APPEND : 0);
    int opened = at(fd -> Libc.openat(fd, name, flags, 0666));
    if (opened < 0) {
      ErrnoException failure = HostErrno.last("open " + name);
      if (failure.errno() == Errno.ENXIO) {
        throw new ErrnoException(Errno.ENOTSUP, "cannot open a socket: " + name);
      }
      throw failure;
    }
    FileType type;
    try {
      type = HostStat.stat(opened, "").type();
    } catch (ErrnoException e) {
      Libc.close(opened);
      throw e;
    }
    return switch (type) {
      case DIRECTORY -> new HostDirectory(opened);
      case REGULAR_FILE -> new HostFile(opened, mode.read(), mode.write(), mode.fdFlags());
      default -> {
        Libc.close(opened);
        throw new ErrnoException(Errno.ENOTSUP, "cannot open a " + type + ": " + name);
      }
    };
  }

  @Override
  public void createDirectory(String name) {
    run(fd -> HostErrno.check(Libc.mkdirat(fd, name, 0777), "mkdir " + name));
  }

  @Override
  public void symlink(String target, String name) {
    run(fd -> HostErrno.check(Libc.symlinkat(target, fd, name), "symlink " + name));
  }

  @Override
  public void link(String name, DirectoryObject target, String targetName) {
    run2(
        target,
        (from, to) ->
            (int) HostErrno.check(Libc.linkat(from, name, to, targetName), "link " + name));
  }

  @Override
  public void rename(String name, DirectoryObject target, String targetName) {
    run2(
        target,
        (from, to) -> {
          if (Libc.renameat(from, name, to, targetName) < 0) {
            ErrnoException failure = HostErrno.last("rename " + name);
            throw failure.errno() == Errno.EBUSY
                ? new ErrnoException(Errno.EINVAL, "rename of a busy name " + name)
                : failure;
          }
          return 0;
        });
  }

  @Override
  public void unlink(String name, boolean directory) {
    run(
        fd -> {
          if (Libc.unlinkat(fd, name, directory ? Libc.AT_REMOVEDIR : 0) < 0) {
            ErrnoException failure = HostErrno.last("unlink " + name);
            throw failure.errno() == Errno.EISDIR
                ? new ErrnoException(Errno.EPERM, name + " is a directory")
                : failure;
          }
        });
  }

  @Override
  public FileStat stat(String name) {
    return at(fd -> HostStat.stat(fd, name));
  }

  @Override
  public void setTimes(String name, TimeUpdate times) {
    run(
        fd ->
            HostErrno.check(
                Libc.utimensat(fd, name, HostStat.timespecs(times), Libc.AT_SYMLINK_NOFOLLOW),
                "utimensat " + name));
  }

  @Override
  public FileStat stat() {
    return at(fd -> HostStat.stat(fd, ""));
  }

  @Override
  public void setTimes(TimeUpdate times) {
    run(fd -> HostErrno.check(Libc.utimensat(fd, null, HostStat.timespecs(times), 0), "futimens"));
  }

  @Override
  public List<DirEntry> entries() {
    return at(this::list);
  }

  private List<DirEntry> list(int fd) {
    List<LibcDirectories.RawEntry> raw = LibcDirectories.readdir(fd);
    if (raw == null) {
      throw HostErrno.last("readdir");
    }
    List<DirEntry> entries = new ArrayList<>();
    List<DirEntry> dots = new ArrayList<>();
    for (LibcDirectories.RawEntry entry : raw) {
      FileType type = HostStat.direntType(entry.dType());
      if (type == FileType.UNKNOWN) {
        // Some file systems leave d_type unset; ask for the name's status instead.
        try {
          type = HostStat.stat(fd, entry.name()).type();
        } catch (ErrnoException vanished) {
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
