package dev.cloudabi.emulator.natives;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.Locale;

/**
 * Reserves large, lazily committed host address ranges for guest memory (mmap with MAP_NORESERVE):
 * pages cost nothing until the guest touches them, and releasing a range gives the pages back and
 * makes them read as zero again.
 */
public final class HostMemory {
  private static final boolean MAC =
      System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
  private static final int PROT_READ_WRITE = 1 | 2;
  private static final int MAP_PRIVATE = 2;
  private static final int MAP_ANONYMOUS = MAC ? 0x1000 : 0x20;
  private static final int MAP_NORESERVE = MAC ? 0x40 : 0x4000;
  private static final int MADV_DONTNEED = 4;

  private static final MethodHandle MMAP;
  private static final MethodHandle MUNMAP;
  private static final MethodHandle MADVISE;

  static {
    Linker linker = Linker.nativeLinker();
    var libc = linker.defaultLookup();
    MMAP =
        linker.downcallHandle(
            libc.find("mmap").orElseThrow(),
            FunctionDescriptor.of(
                ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG));
    MUNMAP =
        linker.downcallHandle(
            libc.find("munmap").orElseThrow(), FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
    MADVISE =
        linker.downcallHandle(
            libc.find("madvise").orElseThrow(),
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
  }

  private HostMemory() {}

  /** Reserves {@code size} bytes of zeroed, readable and writable host memory. */
  public static MemorySegment reserve(long size) {
    MemorySegment address;
    try {
      address =
          (MemorySegment)
              MMAP.invokeExact(
                  MemorySegment.NULL,
                  size,
                  PROT_READ_WRITE,
                  MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                  -1,
                  0L);
    } catch (Throwable t) {
      throw new NativeLibraryException("mmap failed: " + t);
    }
    if (address.address() == -1L || address.address() == 0L) {
      throw new NativeLibraryException(
          "could not reserve " + (size >> 20) + " MiB of host address space for guest memory");
    }
    return address.reinterpret(size);
  }

  /** Gives the pages of {@code range} back to the host; they read as zero afterwards. */
  public static void discard(MemorySegment range) {
    if (MAC) {
      range.fill((byte) 0);
      return;
    }
    try {
      int rc = (int) MADVISE.invokeExact(range, range.byteSize(), MADV_DONTNEED);
      if (rc != 0) {
        range.fill((byte) 0);
      }
    } catch (Throwable t) {
      range.fill((byte) 0);
    }
  }

  /** Returns a range obtained from {@link #reserve}. */
  public static void release(MemorySegment reservation) {
    try {
      int ignored = (int) MUNMAP.invokeExact(reservation, reservation.byteSize());
    } catch (Throwable t) {
      throw new NativeLibraryException("munmap failed: " + t);
    }
  }
}
