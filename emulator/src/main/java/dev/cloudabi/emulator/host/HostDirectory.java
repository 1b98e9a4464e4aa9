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

/**
 * A host directory capability: an open host directory descriptor. Every operation is an {@code
 * *at()} call relative to it on a single name, never following a final symbolic link, so a name the
 * resolver checked cannot be swapped for a path leading elsewhere (ADR 0010).
 */
public final class HostDirectory implements DirectoryObject {
  private static final int DIR_FLAGS =
      Libc.O_RDONLY | Libc.O_DIRECTORY | Libc.O_NOFOLLOW | Libc.O_CLOEXEC;
  private final int fd;
  private boolean closed;

  HostDirectory(int fd) {
    this.fd = fd;
  }

  @Override
  public FileType type() {
    return FileType.DIRECTORY;
  }

  @Override
  public DirectoryObject openDirectory(String name) {
    int child = Libc.openat(fd, name, DIR_FLAGS, 0);
    if (child < 0) {
      throw HostErrno.last("open directory " + name);
    }
    return new HostDirectory(child);
  }

  @Override
  public String readlink(String name) {
    byte[] text = Libc.readlinkat(fd, name);
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
    int opened = Libc.openat(fd, name, flags, 0666);
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
    HostErrno.check(Libc.mkdirat(fd, name, 0777), "mkdir " + name);
  }

  @Override
  public void symlink(String target, String name) {
    HostErrno.check(Libc.symlinkat(target, fd, name), "symlink " + name);
  }

  @Override
  public void link(String name, DirectoryObject target, String targetName) {
    HostErrno.check(Libc.linkat(fd, name, host(target).fd, targetName), "link " + name);
  }

  @Override
  public void rename(String name, DirectoryObject target, String targetName) {
    if (Libc.renameat(fd, name, host(target).fd, targetName) < 0) {
      ErrnoException failure = HostErrno.last("rename " + name);
      throw failure.errno() == Errno.EBUSY
          ? new ErrnoException(Errno.EINVAL, "rename of a busy name " + name)
          : failure;
    }
  }

  @Override
  public void unlink(String name, boolean directory) {
    if (Libc.unlinkat(fd, name, directory ? Libc.AT_REMOVEDIR : 0) < 0) {
      ErrnoException failure = HostErrno.last("unlink " + name);
      throw failure.errno() == Errno.EISDIR
          ? new ErrnoException(Errno.EPERM, name + " is a directory")
          : failure;
    }
  }

  @Override
  public FileStat stat(String name) {
    return HostStat.stat(fd, name);
  }

  @Override
  public void setTimes(String name, TimeUpdate times) {
    HostErrno.check(
        Libc.utimensat(fd, name, HostStat.timespecs(times), Libc.AT_SYMLINK_NOFOLLOW),
        "utimensat " + name);
  }

  @Override
  public FileStat stat() {
    return HostStat.stat(fd, "");
  }

  @Override
  public void setTimes(TimeUpdate times) {
    HostErrno.check(Libc.utimensat(fd, null, HostStat.timespecs(times), 0), "futimens");
  }

  @Override
  public List<DirEntry> entries() {
    List<Libc.RawEntry> raw = Libc.readdir(fd);
    if (raw == null) {
      throw HostErrno.last("readdir");
    }
    List<DirEntry> entries = new ArrayList<>();
    List<DirEntry> dots = new ArrayList<>();
    for (Libc.RawEntry entry : raw) {
      DirEntry converted =
          new DirEntry(entry.name(), entry.inode(), HostStat.direntType(entry.dType()));
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
  public synchronized void close() {
    if (!closed) {
      closed = true;
      Libc.close(fd);
    }
  }

  private static HostDirectory host(DirectoryObject other) {
    if (other instanceof HostDirectory host) {
      return host;
    }
    throw new ErrnoException(Errno.EXDEV, "the two directories are in different file systems");
  }
}
