package dev.cloudabi.emulator.runtime;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.loader.AddressLayout;
import dev.cloudabi.emulator.memory.GuestMemory;
import dev.cloudabi.emulator.memory.Prot;
import java.util.BitSet;

/**
 * Runtime memory of the threads {@code thread_create} starts: per thread a 64-byte area with the
 * x86 TLS slot (the word the FS/GS base points at, holding the TCB address), the i686 descriptor
 * table, and the TCB the thread starts with (ABI §6.2). Areas are reused after a thread ends; pages
 * are mapped when first needed. Called with the CPU held.
 */
final class ThreadAreas {
  static final int AREA_SIZE = 64;
  private static final int GDT_OFFSET = 8;
  private static final int TCB_OFFSET = 32;
  private static final int CAPACITY =
      (int) ((AddressLayout.THREAD_AREAS_END - AddressLayout.THREAD_AREAS) / AREA_SIZE);

  /** Where one thread's runtime words live. */
  record Area(int index, long slot, long gdt, long tcb) {}

  private final GuestMemory memory;
  private final BitSet used = new BitSet(CAPACITY);

  ThreadAreas(GuestMemory memory) {
    this.memory = memory;
    memory.reserve(
        AddressLayout.THREAD_AREAS, AddressLayout.THREAD_AREAS_END - AddressLayout.THREAD_AREAS);
  }

  /** A fresh area (zeroed); EAGAIN when all are in use. */
  Area allocate() {
    int index = used.nextClearBit(0);
    if (index >= CAPACITY) {
      throw new ErrnoException(Errno.EAGAIN, "too many threads (at most " + CAPACITY + ")");
    }
    long base = AddressLayout.THREAD_AREAS + (long) index * AREA_SIZE;
    long page = base & -GuestMemory.PAGE_SIZE;
    if (memory.protectionAt(page) < 0) {
      memory.map(page, GuestMemory.PAGE_SIZE, Prot.RW);
    }
    memory.slice(base, AREA_SIZE, Prot.WRITE).fill((byte) 0);
    used.set(index);
    return new Area(index, base, base + GDT_OFFSET, base + TCB_OFFSET);
  }

  void free(Area area) {
    used.clear(area.index());
  }
}
