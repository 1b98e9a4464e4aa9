package dev.cloudabi.emulator.syscall;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.fd.FileObject;
import dev.cloudabi.emulator.memory.GuestMemory;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * Writable {@code MAP_SHARED} file mappings of a process. Guest memory is a copy of the file, so
 * the bytes are written back to the file on {@code mem_sync}, before the pages are unmapped, and
 * when the process ends.
 */
public final class SharedFileMappings {
  private record Mapping(long address, long length, FileObject file, long offset) {
    long end() {
      return address + length;
    }
  }

  /** For process contexts that cannot write shared mappings back: refuses to add any. */
  static final SharedFileMappings UNSUPPORTED = new SharedFileMappings(false);

  private final List<Mapping> mappings = new ArrayList<>();
  private final boolean supported;

  public SharedFileMappings() {
    this(true);
  }

  private SharedFileMappings(boolean supported) {
    this.supported = supported;
  }

  synchronized void add(long address, long length, FileObject file, long offset) {
    if (!supported) {
      throw new ErrnoException(Errno.ENOTSUP, "shared writable file mappings are not supported");
    }
    mappings.add(new Mapping(address, length, file, offset));
  }

  /** Writes back the bytes of every shared mapping that overlap the range. */
  public synchronized void sync(GuestMemory memory, long address, long length) throws IOException {
    for (Mapping m : mappings) {
      writeBack(memory, m, Math.max(address, m.address()), Math.min(address + length, m.end()));
    }
  }

  /** Writes back and forgets the parts of shared mappings inside a range about to be unmapped. */
  synchronized void release(GuestMemory memory, long address, long length) throws IOException {
    long end = address + length;
    List<Mapping> kept = new ArrayList<>();
    for (Mapping m : mappings) {
      long from = Math.max(address, m.address());
      long to = Math.min(end, m.end());
      if (from >= to) {
        kept.add(m);
        continue;
      }
      writeBack(memory, m, from, to);
      if (m.address() < from) {
        kept.add(new Mapping(m.address(), from - m.address(), m.file(), m.offset()));
      }
      if (to < m.end()) {
        kept.add(new Mapping(to, m.end() - to, m.file(), m.offset() + (to - m.address())));
      }
    }
    mappings.clear();
    mappings.addAll(kept);
  }

  /** Writes everything back (at process end). */
  public synchronized void syncAll(GuestMemory memory) throws IOException {
    for (Mapping m : mappings) {
      writeBack(memory, m, m.address(), m.end());
    }
  }

  private static void writeBack(GuestMemory memory, Mapping m, long from, long to)
      throws IOException {
    if (from >= to) {
      return;
    }
    MemorySegment bytes = memory.segment().asSlice(from, to - from);
    long fileOffset = m.offset() + (from - m.address());
    long done = 0;
    while (done < bytes.byteSize()) {
      int n = m.file().pwrite(bytes.asSlice(done), fileOffset + done);
      if (n <= 0) {
        throw new IOException("short write-back of a shared mapping");
      }
      done += n;
    }
  }
}
