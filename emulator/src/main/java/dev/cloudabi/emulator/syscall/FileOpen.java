package dev.cloudabi.emulator.syscall;

import static dev.cloudabi.emulator.abi.Right.FD_DATASYNC;
import static dev.cloudabi.emulator.abi.Right.FD_READ;
import static dev.cloudabi.emulator.abi.Right.FD_SEEK;
import static dev.cloudabi.emulator.abi.Right.FD_SYNC;
import static dev.cloudabi.emulator.abi.Right.FD_WRITE;
import static dev.cloudabi.emulator.abi.Right.FILE_ALLOCATE;
import static dev.cloudabi.emulator.abi.Right.FILE_CREATE_FILE;
import static dev.cloudabi.emulator.abi.Right.FILE_OPEN;
import static dev.cloudabi.emulator.abi.Right.FILE_READDIR;
import static dev.cloudabi.emulator.abi.Right.FILE_STAT_FPUT_SIZE;
import static dev.cloudabi.emulator.abi.Right.MEM_MAP_EXEC;

import dev.cloudabi.emulator.abi.Layouts;
import dev.cloudabi.emulator.abi.MaxRights;
import dev.cloudabi.emulator.abi.Right;
import dev.cloudabi.emulator.fd.FdEntry;
import dev.cloudabi.emulator.fd.GuestObject;
import dev.cloudabi.emulator.fd.OpenMode;
import dev.cloudabi.emulator.fs.Resolved;
import dev.cloudabi.emulator.memory.Prot;
import java.io.IOException;

/**
 * {@code file_open} (ABI §10.4): the directory needs FILE_OPEN (and FILE_CREATE_FILE with O_CREAT)
 * and, as inheriting rights, every requested right plus the implied ones of §8.3; the new
 * descriptor gets the requested rights limited to the maximum of the opened object's type.
 */
final class FileOpen {
  static final int O_CREAT = 0x01;
  static final int O_DIRECTORY = 0x02;
  static final int O_EXCL = 0x04;
  static final int O_TRUNC = 0x08;
  static final int FDFLAG_APPEND = 0x01;
  static final int FDFLAG_DSYNC = 0x02;
  static final int FDFLAG_RSYNC = 0x08;
  static final int FDFLAG_SYNC = 0x10;
  static final int FDFLAGS = 0x1F;

  private FileOpen() {}

  /** The rights a request implies on the directory's inheriting mask (§8.3). */
  static long neededInheriting(long base, long inheriting, int oflags, int fdFlags) {
    long needed = base | inheriting;
    if ((oflags & O_TRUNC) != 0) {
      needed |= FILE_STAT_FPUT_SIZE.bit();
    }
    if ((fdFlags & FDFLAG_DSYNC) != 0) {
      needed |= FD_DATASYNC.bit();
    }
    if ((fdFlags & (FDFLAG_RSYNC | FDFLAG_SYNC)) != 0) {
      needed |= FD_SYNC.bit();
    }
    if (writes(base) && (fdFlags & FDFLAG_APPEND) == 0 && (oflags & O_TRUNC) == 0) {
      needed |= FD_SEEK.bit();
    }
    return needed;
  }

  static boolean reads(long base) {
    return (base & Right.mask(FD_READ, FILE_READDIR, MEM_MAP_EXEC)) != 0;
  }

  static boolean writes(long base) {
    return (base & Right.mask(FD_DATASYNC, FD_WRITE, FILE_ALLOCATE, FILE_STAT_FPUT_SIZE)) != 0;
  }

  static int open(SyscallCall call) throws IOException {
    long lookup = call.arg(0);
    long fd = FilePaths.lookupFd(lookup);
    String path = FilePaths.read(call, 1);
    int oflags = (int) call.arg(3);
    long fdstat = call.arg(4);
    call.memory().check(fdstat, Layouts.FDSTAT.size32(), Prot.READ);
    int fdFlags = call.memory().readU16(fdstat + 2) & FDFLAGS;
    long base = call.memory().readU64(fdstat + 8);
    long inheriting = call.memory().readU64(fdstat + 16);
    boolean create = (oflags & O_CREAT) != 0;
    long neededBase = FILE_OPEN.bit() | (create ? FILE_CREATE_FILE.bit() : 0);
    OpenMode mode =
        new OpenMode(
            reads(base),
            writes(base),
            create,
            (oflags & O_EXCL) != 0,
            (oflags & O_TRUNC) != 0,
            (oflags & O_DIRECTORY) != 0,
            fdFlags);
    GuestObject opened;
    try (Resolved at =
        FilePaths.resolve(
            call,
            fd,
            path,
            neededBase,
            neededInheriting(base, inheriting, oflags, fdFlags),
            FilePaths.lookupFollows(lookup),
            create)) {
      opened = at.directory().open(at.name(), mode);
    }
    MaxRights max = MaxRights.forType(opened.type());
    int number =
        call.fds()
            .insert(new FdEntry(opened, base & max.base(), inheriting & max.inheriting(), fdFlags));
    call.setOutput(5, number);
    return 0;
  }
}
