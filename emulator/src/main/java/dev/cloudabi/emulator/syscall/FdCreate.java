package dev.cloudabi.emulator.syscall;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.abi.FileType;
import dev.cloudabi.emulator.abi.MaxRights;
import dev.cloudabi.emulator.abi.Right;
import dev.cloudabi.emulator.fd.FdEntry;
import dev.cloudabi.emulator.fd.GuestObject;
import dev.cloudabi.emulator.memfs.MemFileSystem;
import java.io.IOException;
import java.util.List;

/**
 * {@code fd_create1} and {@code fd_create2} (ABI §10.2, §13.3): anonymous shared memory, connected
 * socket pairs, and the 2017 FIFO pipe whose first descriptor only reads and second only writes.
 */
final class FdCreate {
  private FdCreate() {}

  static int create1(SyscallCall call) {
    FileType type = type(call.arg(0));
    if (type != FileType.SHARED_MEMORY) {
      throw new ErrnoException(Errno.EINVAL, "fd_create1 makes only SHARED_MEMORY objects");
    }
    GuestObject shm = MemFileSystem.create(call.process().resources().clock()).sharedMemory();
    MaxRights max = MaxRights.SHARED_MEMORY;
    call.setOutput(1, call.fds().insert(new FdEntry(shm, max.base(), max.inheriting(), 0)));
    return 0;
  }

  static int create2(SyscallCall call) throws IOException {
    FileType type = type(call.arg(0));
    List<? extends GuestObject> pair;
    MaxRights max;
    switch (type) {
      case SOCKET_DGRAM, SOCKET_STREAM -> {
        pair = call.process().connectedPair(type);
        max = MaxRights.SOCKET;
      }
      case FIFO -> {
        pair = call.process().connectedPair(type);
        max = MaxRights.FIFO;
      }
      default ->
          throw new ErrnoException(
              Errno.EINVAL, "fd_create2 makes socket pairs and (2017) FIFOs, not " + type);
    }
    long first = max.base();
    long second = max.base();
    if (type == FileType.FIFO) {
      first &= ~Right.FD_WRITE.bit();
      second &= ~Right.FD_READ.bit();
    }
    int fd1 = call.fds().insert(new FdEntry(pair.get(0), first, max.inheriting(), 0));
    int fd2;
    try {
      fd2 = call.fds().insert(new FdEntry(pair.get(1), second, max.inheriting(), 0));
    } catch (ErrnoException e) {
      call.fds().close(fd1);
      pair.get(1).close();
      throw e;
    }
    call.setOutput(1, fd1);
    call.setOutput(2, fd2);
    return 0;
  }

  private static FileType type(long value) {
    for (FileType type : FileType.values()) {
      if (type.value() == value) {
        return type;
      }
    }
    throw new ErrnoException(Errno.EINVAL, "unknown file type " + value);
  }
}
