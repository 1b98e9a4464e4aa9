package dev.cloudabi.emulator.syscall;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.abi.Right;
import dev.cloudabi.emulator.fd.FdEntry;
import dev.cloudabi.emulator.fd.FileObject;
import dev.cloudabi.emulator.memory.GuestMemory;
import dev.cloudabi.emulator.memory.Prot;
import java.io.IOException;
import java.lang.foreign.MemorySegment;

/**
 * Memory calls (ABI §10.5): anonymous and file mappings (shared writable ones are written back on
 * mem_sync, mem_unmap and exit), MAP_FIXED, W^X refused, the guest memory cap (ENOMEM), protection
 * changes on any mapped page (RELRO on image pages).
 */
final class MemSyscalls implements SyscallFamily {
  static final int PROT_EXEC = 0x01;
  static final int PROT_WRITE = 0x02;
  static final int PROT_READ = 0x04;
  static final int MAP_ANON = 0x01;
  static final int MAP_FIXED = 0x02;
  static final int MAP_PRIVATE = 0x04;
  static final int MAP_SHARED = 0x08;
  static final long MAP_ANON_FD = 0xFFFF_FFFFL;
  static final int MS_ASYNC = 0x01;
  static final int MS_INVALIDATE = 0x02;
  static final int MS_SYNC = 0x04;
  static final int ADVICE_NOREUSE = 2;

  @Override
  public void register(SyscallTable.Builder table) {
    table.handle("mem_advise", MemSyscalls::advise);
    table.handle("mem_map", MemSyscalls::map);
    table.handle("mem_protect", MemSyscalls::protect);
    table.handle("mem_sync", MemSyscalls::sync);
    table.handle("mem_unmap", MemSyscalls::unmap);
    table.handle("mem_lock", MemSyscalls::rangeCheck);
    table.handle("mem_unlock", MemSyscalls::rangeCheck);
  }

  /** CloudABI {@code mprot} → our page protection; ENOTSUP for unknown bits and W^X. */
  static int toProt(long mprot) {
    if ((mprot & ~7L) != 0 || (mprot & (PROT_WRITE | PROT_EXEC)) == (PROT_WRITE | PROT_EXEC)) {
      throw new ErrnoException(Errno.ENOTSUP, "protection 0x" + Long.toHexString(mprot));
    }
    return ((mprot & PROT_READ) != 0 ? Prot.READ : 0)
        | ((mprot & PROT_WRITE) != 0 ? Prot.WRITE : 0)
        | ((mprot & PROT_EXEC) != 0 ? Prot.EXEC : 0);
  }

  static int map(SyscallCall call) throws IOException {
    long addr = call.arg(0);
    long len = call.arg(1);
    int prot = toProt(call.arg(2));
    int flags = (int) call.arg(3);
    long fd = call.arg(4);
    long off = call.arg(5);
    boolean isPrivate = (flags & MAP_PRIVATE) != 0;
    boolean isShared = (flags & MAP_SHARED) != 0;
    if (isPrivate == isShared || (flags & ~0x0F) != 0 || len == 0) {
      return Errno.EINVAL.value();
    }
    GuestMemory memory = call.memory();
    long length = GuestMemory.roundUp(len);
    if (length <= 0 || length > memory.size()) {
      return Errno.ENOMEM.value();
    }
    FileObject file = null;
    if ((flags & MAP_ANON) != 0) {
      if (fd != MAP_ANON_FD || off != 0) {
        return Errno.EINVAL.value();
      }
    } else {
      long rights =
          Right.MEM_MAP.bit()
              | ((prot & Prot.READ) != 0 ? Right.FD_READ.bit() : 0)
              | ((prot & Prot.WRITE) != 0 && isShared ? Right.FD_WRITE.bit() : 0)
              | ((prot & Prot.EXEC) != 0 ? Right.MEM_MAP_EXEC.bit() : 0);
      FdEntry entry = call.fds().get(fd, rights, 0);
      if (!(entry.object() instanceof FileObject f)) {
        return Errno.EBADF.value();
      }
      if (off % GuestMemory.PAGE_SIZE != 0) {
        return Errno.EINVAL.value();
      }
      file = f;
    }
    long address;
    if ((flags & MAP_FIXED) != 0) {
      if (addr % GuestMemory.PAGE_SIZE != 0 || addr + length > memory.size() || addr == 0) {
        return Errno.EINVAL.value();
      }
      call.process().resources().sharedFileMappings().release(memory, addr, length);
      memory.unmap(addr, length);
      address = addr;
    } else {
      address = memory.findFree(call.process().resources().mmapBase(), length);
    }
    memory.map(address, length, prot);
    if (file != null) {
      MemorySegment target = memory.segment().asSlice(address, Math.min(len, length));
      long done = 0;
      while (done < target.byteSize()) {
        int n = file.pread(target.asSlice(done), off + done);
        if (n <= 0) {
          break;
        }
        done += n;
      }
    }
    if (file != null && isShared && (prot & Prot.WRITE) != 0) {
      call.process()
          .resources()
          .sharedFileMappings()
          .add(address, Math.min(len, length), file, off);
    }
    if ((prot & Prot.EXEC) != 0) {
      call.process().codeChanged(address, length);
    }
    call.setOutput(6, address);
    return 0;
  }

  static int unmap(SyscallCall call) throws IOException {
    long addr = call.arg(0);
    long len = call.arg(1);
    if (addr % GuestMemory.PAGE_SIZE != 0 || len == 0) {
      return Errno.EINVAL.value();
    }
    long length = GuestMemory.roundUp(len);
    call.process().resources().sharedFileMappings().release(call.memory(), addr, length);
    call.memory().unmap(addr, length);
    call.process().codeChanged(addr, length);
    return 0;
  }

  static int protect(SyscallCall call) {
    long addr = call.arg(0);
    long len = call.arg(1);
    int prot = toProt(call.arg(2));
    if (addr % GuestMemory.PAGE_SIZE != 0) {
      return Errno.EINVAL.value();
    }
    if (len == 0) {
      return 0;
    }
    long length = GuestMemory.roundUp(len);
    call.memory().protect(addr, length, prot);
    call.process().codeChanged(addr, length);
    return 0;
  }

  static int sync(SyscallCall call) throws IOException {
    int flags = (int) call.arg(2);
    boolean async = (flags & MS_ASYNC) != 0;
    boolean sync = (flags & MS_SYNC) != 0;
    if (async == sync || (flags & ~(MS_ASYNC | MS_SYNC | MS_INVALIDATE)) != 0) {
      return Errno.EINVAL.value();
    }
    int errno = rangeCheck(call);
    if (errno == 0) {
      call.process().resources().sharedFileMappings().sync(call.memory(), call.arg(0), call.arg(1));
    }
    return errno;
  }

  static int advise(SyscallCall call) {
    int advice = (int) call.arg(2);
    if (advice < 1 || advice > 6 || advice == ADVICE_NOREUSE) {
      return Errno.EINVAL.value();
    }
    return rangeCheck(call);
  }

  /** 0 when the page-aligned range is mapped, ENOMEM otherwise (mem_lock, mem_unlock, …). */
  static int rangeCheck(SyscallCall call) {
    long addr = call.arg(0);
    long len = call.arg(1);
    if (addr % GuestMemory.PAGE_SIZE != 0) {
      return Errno.EINVAL.value();
    }
    return call.memory().isMapped(addr, GuestMemory.roundUp(len)) ? 0 : Errno.ENOMEM.value();
  }
}
