package dev.cloudabi.emulator.host;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/** Directory listing through libc ({@code fdopendir}/{@code readdir}), beside {@link Libc}. */
final class LibcDirectories {
  private static final MethodHandle FDOPENDIR =
      Libc.errnoCall("fdopendir", FunctionDescriptor.of(ADDRESS, JAVA_INT));
  private static final MethodHandle READDIR =
      Libc.errnoCall("readdir", FunctionDescriptor.of(ADDRESS, ADDRESS));
  private static final MethodHandle CLOSEDIR =
      Libc.call("closedir", FunctionDescriptor.of(JAVA_INT, ADDRESS));

  private LibcDirectories() {}

  /**
   * Lists directory descriptor {@code fd} (through a duplicate, so {@code fd} stays open): each
   * entry as (name bytes, inode, d_type).
   */
  static java.util.List<RawEntry> readdir(int fd) {
    int copy = Libc.dup(fd);
    if (copy < 0) {
      return null;
    }
    Libc.lseek(copy, 0, 0);
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment c = Libc.capture(arena);
      MemorySegment dir = (MemorySegment) FDOPENDIR.invokeExact(c, copy);
      if (dir.address() == 0) {
        Libc.finish(-1, c);
        Libc.close(copy);
        return null;
      }
      java.util.List<RawEntry> entries = new java.util.ArrayList<>();
      try {
        while (true) {
          MemorySegment entry = (MemorySegment) READDIR.invokeExact(c, dir);
          if (entry.address() == 0) {
            break;
          }
          MemorySegment e = entry.reinterpret(19 + 256);
          long inode = e.get(JAVA_LONG, 0);
          int type = e.get(java.lang.foreign.ValueLayout.JAVA_BYTE, 18) & 0xFF;
          String name = e.getString(19);
          entries.add(new RawEntry(name, inode, type));
        }
      } finally {
        int ignored = (int) CLOSEDIR.invokeExact(dir);
      }
      return entries;
    } catch (Throwable t) {
      throw Libc.rethrow(t);
    }
  }

  /**
   * A host directory entry ({@code struct dirent64} on Linux: d_ino @0, d_type @18, d_name @19).
   */
  record RawEntry(String name, long inode, int dType) {}
}
