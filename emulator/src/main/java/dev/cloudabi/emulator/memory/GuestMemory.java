package dev.cloudabi.emulator.memory;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.natives.HostMemory;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The guest address space {@code [0, size)}: one lazily committed host reservation in which guest
 * address {@code a} is host offset {@code a}. Every CPU engine maps slices of it (zero copy), and
 * Java reads and writes the same bytes through {@link #segment()}. A page table records which pages
 * are mapped with which protection, so every guest pointer a system call receives can be checked
 * (EFAULT) before the host touches it.
 *
 * <p>Mapping changes are serialised on this object; page lookups are racy reads of a byte array,
 * which is acceptable because a racing unmap can only make a checked access hit zero pages, never
 * host memory outside the reservation.
 */
public final class GuestMemory implements AutoCloseable {
  public static final int PAGE_SIZE = 4096;
  private static final int MAPPED = 8;
  private static final int RESERVED = 16;

  private final MemorySegment window;
  private final long size;
  private final byte[] pages;
  private final long capBytes;
  private final List<MemoryMapper> mappers = new CopyOnWriteArrayList<>();
  private long mappedBytes;
  private boolean closed;

  /**
   * @param size the address-space size (a multiple of the page size, at most 4 GiB)
   * @param capBytes the most bytes that may be mapped at once
   */
  public GuestMemory(long size, long capBytes) {
    if (size <= 0 || size % PAGE_SIZE != 0 || size > (1L << 32)) {
      throw new IllegalArgumentException("guest address space size " + size);
    }
    this.size = size;
    this.capBytes = capBytes;
    this.window = HostMemory.reserve(size);
    this.pages = new byte[(int) (size / PAGE_SIZE)];
  }

  public long size() {
    return size;
  }

  /** The whole address space; offsets are guest addresses. Unchecked: prefer the accessors. */
  public MemorySegment segment() {
    return window;
  }

  public synchronized long mappedBytes() {
    return mappedBytes;
  }

  public long capBytes() {
    return capBytes;
  }

  /** Adds an engine; everything mapped so far is mapped into it at once. */
  public synchronized void attach(MemoryMapper mapper) {
    int page = 0;
    while (page < pages.length) {
      if ((pages[page] & MAPPED) == 0) {
        page++;
        continue;
      }
      int prot = pages[page] & 7;
      int end = page;
      while (end < pages.length && pages[end] == pages[page]) {
        end++;
      }
      long address = (long) page * PAGE_SIZE;
      long length = (long) (end - page) * PAGE_SIZE;
      mapper.map(address, window.asSlice(address, length), prot);
      page = end;
    }
    mappers.add(mapper);
  }

  public void detach(MemoryMapper mapper) {
    mappers.remove(mapper);
  }

  // ---- mapping ------------------------------------------------------------------------------

  /** Maps fresh zero pages; the range must be page-aligned and currently unmapped. */
  public synchronized void map(long address, long length, int prot) {
    checkAligned(address, length);
    for (long a = address; a < address + length; a += PAGE_SIZE) {
      if ((pages[page(a)] & MAPPED) != 0) {
        throw new ErrnoException(Errno.ENOMEM, "0x" + Long.toHexString(a) + " is already mapped");
      }
    }
    if (mappedBytes + length > capBytes) {
      throw new ErrnoException(
          Errno.ENOMEM,
          "mapping "
              + length
              + " bytes would exceed the guest memory limit of "
              + capBytes
              + " bytes");
    }
    fill(address, length, (byte) (MAPPED | (prot & 7)));
    mappedBytes += length;
    for (MemoryMapper mapper : mappers) {
      mapper.map(address, window.asSlice(address, length), prot & 7);
    }
  }

  /** Changes protection; every page of the range must be mapped (else ENOMEM). */
  public synchronized void protect(long address, long length, int prot) {
    checkAligned(address, length);
    requireMapped(address, length);
    fill(address, length, (byte) (MAPPED | (prot & 7)));
    for (MemoryMapper mapper : mappers) {
      mapper.protect(address, length, prot & 7);
    }
  }

  /** Unmaps the mapped pages of a range (unmapped pages are skipped) and zeroes them. */
  public synchronized void unmap(long address, long length) {
    checkAligned(address, length);
    long a = address;
    long end = address + length;
    while (a < end) {
      if ((pages[page(a)] & MAPPED) == 0) {
        a += PAGE_SIZE;
        continue;
      }
      long runEnd = a;
      while (runEnd < end && (pages[page(runEnd)] & MAPPED) != 0) {
        runEnd += PAGE_SIZE;
      }
      for (MemoryMapper mapper : mappers) {
        mapper.unmap(a, runEnd - a);
      }
      fill(a, runEnd - a, (byte) 0);
      mappedBytes -= runEnd - a;
      HostMemory.discard(window.asSlice(a, runEnd - a));
      a = runEnd;
    }
  }

  /** Keeps a range out of {@link #findFree} without mapping it (guard pages). */
  public synchronized void reserve(long address, long length) {
    checkAligned(address, length);
    for (long a = address; a < address + length; a += PAGE_SIZE) {
      if ((pages[page(a)] & MAPPED) == 0) {
        pages[page(a)] = RESERVED;
      }
    }
  }

  /**
   * The lowest free, unreserved, page-aligned range of {@code length} bytes at or above {@code
   * from}; ENOMEM when there is none.
   */
  public synchronized long findFree(long from, long length) {
    long need = roundUp(length) / PAGE_SIZE;
    int run = 0;
    for (int page = page(roundUp(from)); page < pages.length; page++) {
      run = pages[page] == 0 ? run + 1 : 0;
      if (run == need) {
        return (long) (page - run + 1) * PAGE_SIZE;
      }
    }
    throw new ErrnoException(Errno.ENOMEM, "no free guest address range of " + length + " bytes");
  }

  /** The protection of the page holding {@code address}, or -1 when it is not mapped. */
  public int protectionAt(long address) {
    if (address < 0 || address >= size) {
      return -1;
    }
    byte entry = pages[(int) (address / PAGE_SIZE)];
    return (entry & MAPPED) == 0 ? -1 : entry & 7;
  }

  public boolean isMapped(long address, long length) {
    if (length == 0) {
      return true;
    }
    if (address < 0 || length < 0 || address + length > size || address + length < address) {
      return false;
    }
    for (long p = address / PAGE_SIZE; p <= (address + length - 1) / PAGE_SIZE; p++) {
      if ((pages[(int) p] & MAPPED) == 0) {
        return false;
      }
    }
    return true;
  }

  // ---- checked access for system calls ------------------------------------------------------

  /**
   * The host view of a guest range, after checking that every page is mapped with {@code need} (one
   * of {@link Prot#READ}, {@link Prot#WRITE}); EFAULT otherwise.
   */
  public MemorySegment slice(long address, long length, int need) {
    check(address, length, need);
    return window.asSlice(address, length);
  }

  /** Fails with EFAULT unless the whole range is mapped with the protection {@code need}. */
  public void check(long address, long length, int need) {
    if (length == 0) {
      return;
    }
    if (address < 0 || length < 0 || address + length > size || address + length < address) {
      throw fault(address, length);
    }
    long last = (address + length - 1) / PAGE_SIZE;
    for (long p = address / PAGE_SIZE; p <= last; p++) {
      byte entry = pages[(int) p];
      if ((entry & MAPPED) == 0 || (entry & need) != need) {
        throw fault(address, length);
      }
    }
  }

  public int readU8(long address) {
    check(address, 1, Prot.READ);
    return window.get(JAVA_BYTE, address) & 0xFF;
  }

  public int readU16(long address) {
    check(address, 2, Prot.READ);
    return window.get(JAVA_SHORT_UNALIGNED, address) & 0xFFFF;
  }

  public long readU32(long address) {
    check(address, 4, Prot.READ);
    return window.get(JAVA_INT_UNALIGNED, address) & 0xFFFF_FFFFL;
  }

  public long readU64(long address) {
    check(address, 8, Prot.READ);
    return window.get(JAVA_LONG_UNALIGNED, address);
  }

  /** Reads a 4- or 8-byte little-endian word. */
  public long readWord(long address, int width) {
    return width == 8 ? readU64(address) : readU32(address);
  }

  public void writeU8(long address, int value) {
    check(address, 1, Prot.WRITE);
    window.set(JAVA_BYTE, address, (byte) value);
  }

  public void writeU16(long address, int value) {
    check(address, 2, Prot.WRITE);
    window.set(JAVA_SHORT_UNALIGNED, address, (short) value);
  }

  public void writeU32(long address, long value) {
    check(address, 4, Prot.WRITE);
    window.set(JAVA_INT_UNALIGNED, address, (int) value);
  }

  public void writeU64(long address, long value) {
    check(address, 8, Prot.WRITE);
    window.set(JAVA_LONG_UNALIGNED, address, value);
  }

  // ---- atomic access to lock words (the same bytes the CPUs use) -----------------------------

  private static final java.lang.invoke.VarHandle ATOMIC_U32 =
      java.lang.foreign.ValueLayout.JAVA_INT.varHandle();

  /** Fails with EINVAL unless {@code address} is 4-aligned, EFAULT unless it is writable. */
  private void checkAtomic(long address) {
    if ((address & 3) != 0) {
      throw new ErrnoException(
          Errno.EINVAL, "0x" + Long.toHexString(address) + " is not a 4-aligned lock word");
    }
    check(address, 4, Prot.READ | Prot.WRITE);
  }

  /** A volatile read of the 32-bit word at {@code address} (a lock or condition variable). */
  public int loadU32Atomic(long address) {
    checkAtomic(address);
    return (int) ATOMIC_U32.getVolatile(window, address);
  }

  /** A volatile write of the 32-bit word at {@code address}. */
  public void storeU32Atomic(long address, int value) {
    checkAtomic(address);
    ATOMIC_U32.setVolatile(window, address, value);
  }

  /** Compare-and-set of the 32-bit word at {@code address}; true when it held {@code expected}. */
  public boolean compareAndSetU32(long address, int expected, int value) {
    checkAtomic(address);
    return ATOMIC_U32.compareAndSet(window, address, expected, value);
  }

  /** Writes a 4- or 8-byte little-endian word. */
  public void writeWord(long address, long value, int width) {
    if (width == 8) {
      writeU64(address, value);
    } else {
      writeU32(address, value);
    }
  }

  public byte[] readBytes(long address, int length) {
    return slice(address, length, Prot.READ).toArray(JAVA_BYTE);
  }

  public void writeBytes(long address, byte[] bytes) {
    MemorySegment.copy(
        bytes, 0, slice(address, bytes.length, Prot.WRITE), JAVA_BYTE, 0, bytes.length);
  }

  /** Reads {@code length} bytes as UTF-8 (invalid sequences are replaced). */
  public String readString(long address, int length) {
    return new String(readBytes(address, length), StandardCharsets.UTF_8);
  }

  // ---- loader access (ignores protection: the loader writes read-only image pages) -----------

  /** Copies bytes into mapped pages regardless of their protection (for the loader). */
  public void load(long address, byte[] bytes, int offset, int length) {
    if (!isMapped(address, length)) {
      throw new IllegalStateException(
          "load into unmapped memory at 0x" + Long.toHexString(address));
    }
    MemorySegment.copy(bytes, offset, window, JAVA_BYTE, address, length);
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      mappers.clear();
      HostMemory.release(window);
    }
  }

  private static ErrnoException fault(long address, long length) {
    return new ErrnoException(
        Errno.EFAULT,
        "guest range 0x" + Long.toHexString(address) + "+" + length + " is not accessible");
  }

  private void requireMapped(long address, long length) {
    for (long a = address; a < address + length; a += PAGE_SIZE) {
      if ((pages[page(a)] & MAPPED) == 0) {
        throw new ErrnoException(Errno.ENOMEM, "0x" + Long.toHexString(a) + " is not mapped");
      }
    }
  }

  private void fill(long address, long length, byte value) {
    java.util.Arrays.fill(pages, page(address), page(address + length - 1) + 1, value);
  }

  private int page(long address) {
    return (int) (address / PAGE_SIZE);
  }

  private void checkAligned(long address, long length) {
    if (address % PAGE_SIZE != 0
        || length <= 0
        || length % PAGE_SIZE != 0
        || address < 0
        || address + length > size) {
      throw new ErrnoException(
          Errno.EINVAL,
          "guest range 0x"
              + Long.toHexString(address)
              + "+"
              + length
              + " is not page-aligned"
              + " or outside the address space");
    }
  }

  public static long roundUp(long value) {
    return (value + PAGE_SIZE - 1) & -PAGE_SIZE;
  }
}
