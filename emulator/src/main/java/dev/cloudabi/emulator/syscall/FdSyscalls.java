package dev.cloudabi.emulator.syscall;

import static dev.cloudabi.emulator.abi.Right.FD_DATASYNC;
import static dev.cloudabi.emulator.abi.Right.FD_READ;
import static dev.cloudabi.emulator.abi.Right.FD_SEEK;
import static dev.cloudabi.emulator.abi.Right.FD_STAT_PUT_FLAGS;
import static dev.cloudabi.emulator.abi.Right.FD_SYNC;
import static dev.cloudabi.emulator.abi.Right.FD_TELL;
import static dev.cloudabi.emulator.abi.Right.FD_WRITE;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.abi.Layout;
import dev.cloudabi.emulator.abi.Layouts;
import dev.cloudabi.emulator.fd.FdEntry;
import dev.cloudabi.emulator.fd.FileObject;
import dev.cloudabi.emulator.fd.GuestObject;
import dev.cloudabi.emulator.fd.StreamObject;
import dev.cloudabi.emulator.memory.GuestMemory;
import dev.cloudabi.emulator.memory.Prot;
import dev.cloudabi.emulator.sync.CpuRelease;
import java.io.IOException;
import java.lang.foreign.MemorySegment;

/** Descriptor calls (ABI §10.2, §10.3). Rights per §8.3, checked through the fd table. */
final class FdSyscalls implements SyscallFamily {
  private static final int FDSTAT_SIZE = Layouts.FDSTAT.size32();
  static final int FDSTAT_FLAGS = 1;
  static final int FDSTAT_RIGHTS = 2;
  static final int WHENCE_CUR = 1;
  static final int WHENCE_END = 2;
  static final int WHENCE_SET = 3;

  @Override
  public void register(SyscallTable.Builder table) {
    table.handle("fd_close", FdSyscalls::close);
    table.handle("fd_create1", FdCreate::create1);
    table.handle("fd_create2", FdCreate::create2);
    table.handle("fd_datasync", FdSyscalls::datasync);
    table.handle("fd_dup", FdSyscalls::dup);
    table.handle("fd_pread", FdSyscalls::pread);
    table.handle("fd_pwrite", FdSyscalls::pwrite);
    table.handle("fd_read", FdSyscalls::read);
    table.handle("fd_replace", FdSyscalls::replace);
    table.handle("fd_seek", FdSyscalls::seek);
    table.handle("fd_stat_get", FdSyscalls::statGet);
    table.handle("fd_stat_put", FdSyscalls::statPut);
    table.handle("fd_sync", FdSyscalls::sync);
    table.handle("fd_write", FdSyscalls::write);
  }

  static int close(SyscallCall call) throws IOException {
    call.fds().close(call.arg(0));
    return 0;
  }

  static int dup(SyscallCall call) {
    call.setOutput(1, call.fds().dup(call.arg(0)));
    return 0;
  }

  static int replace(SyscallCall call) throws IOException {
    call.fds().replace(call.arg(0), call.arg(1));
    return 0;
  }

  static int read(SyscallCall call) throws IOException {
    StreamObject stream = stream(call.fds().get(call.arg(0), FD_READ.bit(), 0));
    try (CpuRelease ignored = mayBlock(call, stream)) {
      call.setOutput(3, scatterGather(call, Prot.WRITE, stream, 0, READ));
    }
    return 0;
  }

  static int write(SyscallCall call) throws IOException {
    StreamObject stream = stream(call.fds().get(call.arg(0), FD_WRITE.bit(), 0));
    try (CpuRelease ignored = mayBlock(call, stream)) {
      call.setOutput(3, scatterGather(call, Prot.READ, stream, 0, WRITE));
    }
    return 0;
  }

  /** Pipes, sockets and terminals may block: other threads run meanwhile (ADR 0015). */
  static CpuRelease mayBlock(SyscallCall call, StreamObject stream) {
    return stream instanceof FileObject ? CpuRelease.NONE : call.process().releaseCpu();
  }

  static int pread(SyscallCall call) throws IOException {
    FileObject file = file(call.fds().get(call.arg(0), FD_READ.bit() | FD_SEEK.bit(), 0));
    if (call.arg(2) == 0) {
      return Errno.EINVAL.value(); // as the reference emulator: no buffers is an error here
    }
    call.setOutput(4, scatterGather(call, Prot.WRITE, file, offset(call.arg(3)), PREAD));
    return 0;
  }

  static int pwrite(SyscallCall call) throws IOException {
    FileObject file = file(call.fds().get(call.arg(0), FD_WRITE.bit() | FD_SEEK.bit(), 0));
    if (call.arg(2) == 0) {
      return Errno.EINVAL.value();
    }
    call.setOutput(4, scatterGather(call, Prot.READ, file, offset(call.arg(3)), PWRITE));
    return 0;
  }

  /**
   * Moves one buffer of a scatter/gather call to or from {@code target}; {@code position} is the
   * file offset of the buffer for positional calls. The four transfers below capture nothing, so a
   * call allocates no lambda (this is the path of every read and write).
   */
  @FunctionalInterface
  private interface Transfer<T> {
    int move(T target, MemorySegment buffer, long position) throws IOException;
  }

  private static final Transfer<StreamObject> READ =
      (stream, buffer, position) -> stream.read(buffer);
  private static final Transfer<StreamObject> WRITE =
      (stream, buffer, position) -> stream.write(buffer);
  private static final Transfer<FileObject> PREAD = FileObject::pread;
  private static final Transfer<FileObject> PWRITE = FileObject::pwrite;

  /**
   * Moves the buffers of the iovec array in arguments 1 and 2 in order and stops at the first short
   * transfer, as POSIX {@code readv}/{@code writev} do; returns the bytes moved.
   */
  private static <T> long scatterGather(
      SyscallCall call, int prot, T target, long offset, Transfer<T> transfer) throws IOException {
    GuestMemory memory = call.memory();
    int ptr = call.pointerSize();
    long array = call.arg(1);
    int count = Iovecs.count(memory, array, call.arg(2), ptr);
    long total = 0;
    for (int i = 0; i < count; i++) {
      MemorySegment buffer = Iovecs.buffer(memory, array, i, ptr, prot);
      if (buffer.byteSize() == 0) {
        continue;
      }
      int n = transfer.move(target, buffer, offset + total);
      total += n;
      if (n < buffer.byteSize()) {
        break;
      }
    }
    return total;
  }

  static int seek(SyscallCall call) throws IOException {
    long delta = call.arg(1);
    int whence = (int) call.arg(2);
    FdEntry entry = call.fds().get(call.arg(0), 0, 0);
    boolean tellOnly = delta == 0 && whence == WHENCE_CUR;
    // FD_SEEK implies FD_TELL (ABI §8.3), so either right allows a plain "tell".
    long needed = tellOnly ? FD_TELL.bit() | FD_SEEK.bit() : FD_SEEK.bit();
    if ((entry.rightsBase() & needed) == 0) {
      return Errno.ENOTCAPABLE.value();
    }
    if (!(entry.object() instanceof FileObject file)) {
      return entry.object() instanceof StreamObject ? Errno.ESPIPE.value() : Errno.EBADF.value();
    }
    long base =
        switch (whence) {
          case WHENCE_CUR -> file.position();
          case WHENCE_END -> file.size();
          case WHENCE_SET -> 0;
          default -> -1;
        };
    if (base < 0) {
      return Errno.EINVAL.value();
    }
    long target = base + delta;
    if ((delta > 0 && target < base) || target < 0) {
      return Errno.EINVAL.value();
    }
    file.position(target);
    call.setOutput(3, target);
    return 0;
  }

  static int statGet(SyscallCall call) {
    FdEntry entry = call.fds().get(call.arg(0), 0, 0);
    MemorySegment buf = call.memory().slice(call.arg(1), FDSTAT_SIZE, Prot.WRITE);
    buf.fill((byte) 0);
    long address = call.arg(1);
    Layout f = Layouts.FDSTAT;
    call.memory().writeU8(address + f.offset("fs_filetype", 8), entry.type().value());
    call.memory().writeU16(address + f.offset("fs_flags", 8), entry.flags());
    call.memory().writeU64(address + f.offset("fs_rights_base", 8), entry.rightsBase());
    call.memory().writeU64(address + f.offset("fs_rights_inheriting", 8), entry.rightsInheriting());
    return 0;
  }

  static int statPut(SyscallCall call) throws IOException {
    long fd = call.arg(0);
    long address = call.arg(1);
    int flags = (int) call.arg(2);
    call.memory().check(address, FDSTAT_SIZE, Prot.READ);
    if (flags == FDSTAT_FLAGS) {
      FdEntry entry = call.fds().get(fd, FD_STAT_PUT_FLAGS.bit(), 0);
      int fdFlags = call.memory().readU16(address + Layouts.FDSTAT.offset("fs_flags", 8)) & 0x1F;
      if (entry.object() instanceof FileObject file) {
        file.setFdFlags(fdFlags);
      }
      call.fds().setFlags(fd, fdFlags);
      return 0;
    }
    if (flags == FDSTAT_RIGHTS) {
      call.fds()
          .restrict(
              fd,
              call.memory().readU64(address + Layouts.FDSTAT.offset("fs_rights_base", 8)),
              call.memory().readU64(address + Layouts.FDSTAT.offset("fs_rights_inheriting", 8)));
      return 0;
    }
    return Errno.EINVAL.value();
  }

  static int sync(SyscallCall call) throws IOException {
    GuestObject object = call.fds().get(call.arg(0), FD_SYNC.bit(), 0).object();
    if (object instanceof StreamObject stream) {
      stream.sync();
    }
    return 0;
  }

  static int datasync(SyscallCall call) throws IOException {
    GuestObject object = call.fds().get(call.arg(0), FD_DATASYNC.bit(), 0).object();
    if (object instanceof FileObject file) {
      file.datasync();
    } else if (object instanceof StreamObject stream) {
      stream.sync();
    }
    return 0;
  }

  private static StreamObject stream(FdEntry entry) {
    if (entry.object() instanceof StreamObject stream) {
      return stream;
    }
    throw new ErrnoException(
        entry.type() == dev.cloudabi.emulator.abi.FileType.DIRECTORY ? Errno.EISDIR : Errno.EBADF,
        "not a stream");
  }

  private static FileObject file(FdEntry entry) {
    if (entry.object() instanceof FileObject file) {
      return file;
    }
    throw new ErrnoException(Errno.ESPIPE, "not seekable");
  }

  private static long offset(long value) {
    if (value < 0) {
      throw new ErrnoException(Errno.EINVAL, "negative offset");
    }
    return value;
  }
}
