package dev.cloudabi.emulator.syscall;

import static dev.cloudabi.emulator.abi.Right.FILE_STAT_FGET;
import static dev.cloudabi.emulator.abi.Right.FILE_STAT_FPUT_SIZE;
import static dev.cloudabi.emulator.abi.Right.FILE_STAT_FPUT_TIMES;
import static dev.cloudabi.emulator.abi.Right.FILE_STAT_GET;
import static dev.cloudabi.emulator.abi.Right.FILE_STAT_PUT_TIMES;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.env.GuestClock;
import dev.cloudabi.emulator.fd.DirectoryObject;
import dev.cloudabi.emulator.fd.FdEntry;
import dev.cloudabi.emulator.fd.FileObject;
import dev.cloudabi.emulator.fd.FileStat;
import dev.cloudabi.emulator.fd.TimeUpdate;
import dev.cloudabi.emulator.fs.Resolved;
import dev.cloudabi.emulator.memory.GuestMemory;
import dev.cloudabi.emulator.memory.Prot;
import java.io.IOException;

/** {@code file_stat_fget}, {@code file_stat_fput}, {@code file_stat_get}, {@code file_stat_put}. */
final class FileStats {
  static final int FILESTAT_SIZE = 56;
  static final int ATIM = 0x01;
  static final int ATIM_NOW = 0x02;
  static final int MTIM = 0x04;
  static final int MTIM_NOW = 0x08;
  static final int SIZE = 0x10;
  static final int TIMES = ATIM | ATIM_NOW | MTIM | MTIM_NOW;

  private FileStats() {}

  /** Writes a {@code filestat} (ABI §7.3) at {@code address}. */
  static void write(GuestMemory memory, long address, FileStat stat) {
    memory.slice(address, FILESTAT_SIZE, Prot.WRITE).fill((byte) 0);
    memory.writeU64(address, stat.device());
    memory.writeU64(address + 8, stat.inode());
    memory.writeU8(address + 16, stat.type().value());
    memory.writeU32(address + 20, stat.linkCount());
    memory.writeU64(address + 24, stat.size());
    memory.writeU64(address + 32, stat.accessTime());
    memory.writeU64(address + 40, stat.modifyTime());
    memory.writeU64(address + 48, stat.changeTime());
  }

  static int fget(SyscallCall call) throws IOException {
    FdEntry entry = call.fds().get(call.arg(0), FILE_STAT_FGET.bit(), 0);
    call.memory().check(call.arg(1), FILESTAT_SIZE, Prot.WRITE);
    FileStat stat =
        switch (entry.object()) {
          case FileObject file -> file.stat();
          case DirectoryObject dir -> dir.stat();
          default -> new FileStat(0, 0, entry.type(), 1, 0, 0, 0, 0);
        };
    write(
        call.memory(),
        call.arg(1),
        new FileStat(
            stat.device(),
            stat.inode(),
            entry.type(),
            stat.linkCount(),
            stat.size(),
            stat.accessTime(),
            stat.modifyTime(),
            stat.changeTime()));
    return 0;
  }

  static int fput(SyscallCall call) throws IOException {
    long fd = call.arg(0);
    long address = call.arg(1);
    int flags = (int) call.arg(2);
    if ((flags & SIZE) != 0) {
      if ((flags & ~SIZE) != 0) {
        return Errno.EINVAL.value();
      }
      FdEntry entry = call.fds().get(fd, FILE_STAT_FPUT_SIZE.bit(), 0);
      long size = call.memory().readU64(address + 24);
      if (!(entry.object() instanceof FileObject file)) {
        return Errno.EINVAL.value();
      }
      if (size < 0) {
        throw new ErrnoException(Errno.EFBIG, "size beyond 2^63");
      }
      file.truncate(size);
      return 0;
    }
    if ((flags & TIMES) == 0 || (flags & ~TIMES) != 0) {
      return Errno.EINVAL.value();
    }
    FdEntry entry = call.fds().get(fd, FILE_STAT_FPUT_TIMES.bit(), 0);
    TimeUpdate times = times(call, address, flags);
    switch (entry.object()) {
      case FileObject file -> file.setTimes(times);
      case DirectoryObject dir -> dir.setTimes(times);
      default -> throw new ErrnoException(Errno.EINVAL, "no timestamps on this descriptor");
    }
    return 0;
  }

  static int get(SyscallCall call) throws IOException {
    long lookup = call.arg(0);
    String path = FilePaths.read(call, 1);
    call.memory().check(call.arg(3), FILESTAT_SIZE, Prot.WRITE);
    FileStat stat;
    try (Resolved at =
        FilePaths.resolve(
            call,
            FilePaths.lookupFd(lookup),
            path,
            FILE_STAT_GET.bit(),
            0,
            FilePaths.lookupFollows(lookup),
            false)) {
      stat = at.directory().stat(at.name());
    }
    write(call.memory(), call.arg(3), stat);
    return 0;
  }

  static int put(SyscallCall call) throws IOException {
    long lookup = call.arg(0);
    int flags = (int) call.arg(4);
    if ((flags & ~TIMES) != 0) {
      return Errno.EINVAL.value();
    }
    String path = FilePaths.read(call, 1);
    TimeUpdate times = times(call, call.arg(3), flags);
    try (Resolved at =
        FilePaths.resolve(
            call,
            FilePaths.lookupFd(lookup),
            path,
            FILE_STAT_PUT_TIMES.bit(),
            0,
            FilePaths.lookupFollows(lookup),
            false)) {
      at.directory().setTimes(at.name(), times);
    }
    return 0;
  }

  /** The times to set: {@code _NOW} (the guest's REALTIME clock) wins over explicit values. */
  static TimeUpdate times(SyscallCall call, long address, int flags) {
    call.memory().check(address, FILESTAT_SIZE, Prot.READ);
    long now =
        (flags & (ATIM_NOW | MTIM_NOW)) != 0
            ? call.process().resources().clock().now(GuestClock.REALTIME)
            : 0;
    boolean setAccess = (flags & (ATIM | ATIM_NOW)) != 0;
    boolean setModify = (flags & (MTIM | MTIM_NOW)) != 0;
    long access = (flags & ATIM_NOW) != 0 ? now : call.memory().readU64(address + 32);
    long modify = (flags & MTIM_NOW) != 0 ? now : call.memory().readU64(address + 40);
    return new TimeUpdate(setAccess, access, setModify, modify);
  }
}
