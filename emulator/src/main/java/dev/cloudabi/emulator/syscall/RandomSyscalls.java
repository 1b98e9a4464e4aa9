package dev.cloudabi.emulator.syscall;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import dev.cloudabi.emulator.memory.Prot;
import java.lang.foreign.MemorySegment;

/** {@code random_get} (ABI §10.1). */
final class RandomSyscalls implements SyscallFamily {
  private static final int CHUNK = 4096;

  @Override
  public void register(SyscallTable.Builder table) {
    table.handle("random_get", RandomSyscalls::randomGet);
  }

  static int randomGet(SyscallCall call) {
    long length = call.arg(1);
    MemorySegment buffer = call.memory().slice(call.arg(0), length, Prot.WRITE);
    byte[] chunk = new byte[(int) Math.min(CHUNK, length)];
    for (long done = 0; done < length; done += chunk.length) {
      int n = (int) Math.min(chunk.length, length - done);
      call.process().resources().random().nextBytes(chunk);
      MemorySegment.copy(chunk, 0, buffer, JAVA_BYTE, done, n);
    }
    return 0;
  }
}
