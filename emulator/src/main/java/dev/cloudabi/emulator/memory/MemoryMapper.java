package dev.cloudabi.emulator.memory;

import java.lang.foreign.MemorySegment;

/** Receives guest mapping changes; each CPU engine of the process is one. */
public interface MemoryMapper {
  void map(long address, MemorySegment host, int prot);

  void protect(long address, long size, int prot);

  void unmap(long address, long size);
}
