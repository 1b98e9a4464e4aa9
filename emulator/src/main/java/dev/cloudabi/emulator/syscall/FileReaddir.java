package dev.cloudabi.emulator.syscall;

import static dev.cloudabi.emulator.abi.Right.FILE_READDIR;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.fd.DirEntry;
import dev.cloudabi.emulator.fd.DirectoryObject;
import dev.cloudabi.emulator.memory.Prot;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * {@code file_readdir} (ABI §7.3, §10.4): 24-byte {@code dirent} records each followed by the name,
 * the last one cut off at the end of the buffer; {@code bufused < buf_len} means the end. Cookies
 * are positions in a listing taken when a reader starts at cookie 0, so entries added or removed
 * while a program walks the directory do not make it skip or repeat names.
 */
final class FileReaddir {
  static final int DIRENT_SIZE = 24;
  private static final ValueLayout.OfLong U64 =
      ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
  private static final ValueLayout.OfInt U32 =
      ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

  private final Map<DirectoryObject, List<DirEntry>> listings = new WeakHashMap<>();

  int readdir(SyscallCall call) throws IOException {
    long fd = call.arg(0);
    var entry = call.fds().get(fd, FILE_READDIR.bit(), 0);
    if (!(entry.object() instanceof DirectoryObject dir)) {
      throw new ErrnoException(Errno.ENOTDIR, "descriptor " + fd + " is not a directory");
    }
    long length = call.arg(2);
    long cookie = call.arg(3);
    MemorySegment buf = call.memory().slice(call.arg(1), length, Prot.WRITE);
    List<DirEntry> listing = listing(dir, cookie);
    long used = 0;
    for (long i = cookie < 0 ? listing.size() : cookie; i < listing.size() && used < length; i++) {
      DirEntry e = listing.get((int) i);
      byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
      byte[] record = new byte[DIRENT_SIZE + name.length];
      MemorySegment r = MemorySegment.ofArray(record);
      r.set(U64, 0, i + 1);
      r.set(U64, 8, e.inode());
      r.set(U32, 16, name.length);
      record[20] = (byte) e.type().value();
      System.arraycopy(name, 0, record, DIRENT_SIZE, name.length);
      int n = (int) Math.min(record.length, length - used);
      MemorySegment.copy(r, 0, buf, used, n);
      used += n;
    }
    call.setOutput(4, used);
    return 0;
  }

  private List<DirEntry> listing(DirectoryObject dir, long cookie) throws IOException {
    synchronized (listings) {
      List<DirEntry> listing = listings.get(dir);
      if (cookie == 0 || listing == null) {
        listing = List.copyOf(dir.entries());
        listings.put(dir, listing);
      }
      return listing;
    }
  }
}
