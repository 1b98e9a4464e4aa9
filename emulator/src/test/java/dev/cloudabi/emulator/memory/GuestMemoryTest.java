package dev.cloudabi.emulator.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudabi.emulator.abi.Errno;
import dev.cloudabi.emulator.abi.ErrnoException;
import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.unicorn.EngineStop;
import dev.cloudabi.emulator.unicorn.UnicornEngine;
import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;

/** Guest memory: page table checks, and protection changes reaching the CPU. */
class GuestMemoryTest {
  private static MemoryMapper mapper(UnicornEngine cpu) {
    return new MemoryMapper() {
      @Override
      public void map(long address, MemorySegment host, int prot) {
        cpu.mapHost(address, host, prot);
      }

      @Override
      public void protect(long address, long size, int prot) {
        cpu.protect(address, size, prot);
      }

      @Override
      public void unmap(long address, long size) {
        cpu.unmap(address, size);
      }
    };
  }

  @Test
  void protectingOnePageInsideALargerMappingTakesEffectInTheCpu() {
    try (GuestMemory memory = new GuestMemory(1L << 32, 1L << 24);
        UnicornEngine cpu = UnicornEngine.open(Arch.X86_64)) {
      memory.attach(mapper(cpu));
      memory.map(0x10000, 0x1000, Prot.RW);
      byte[] code = {
        (byte) 0xC7, 0x04, 0x25, 0x00, 0x10, 0x01, 0x00, 0x01, 0, 0, 0, // mov dword [0x11000], 1
        (byte) 0xC7, 0x04, 0x25, 0x00, 0x20, 0x01, 0x00, 0x02, 0, 0, 0, // mov dword [0x12000], 2
        (byte) 0xEB, (byte) 0xFE // jmp .
      };
      memory.load(0x10000, code, 0, code.length);
      memory.protect(0x10000, 0x1000, Prot.RX);
      memory.map(0x11000, 0x3000, Prot.RW); // like an image's RW segment
      memory.protect(0x12000, 0x1000, Prot.READ); // RELRO in its middle

      EngineStop stop = cpu.start(0x10000, 0x10000 + 22, 0, 0);

      assertThat(stop).isEqualTo(EngineStop.WRITE_PROT);
      assertThat(memory.readU32(0x11000)).isEqualTo(1);
      assertThat(memory.readU32(0x12000)).isZero();
      assertThat(memory.protectionAt(0x13000)).isEqualTo(Prot.RW);
    }
  }

  @Test
  void checkedAccessesFaultOutsideMappedOrPermittedPages() {
    try (GuestMemory memory = new GuestMemory(1L << 32, 1L << 24)) {
      memory.map(0x20000, 0x2000, Prot.RW);
      memory.protect(0x21000, 0x1000, Prot.READ);
      memory.writeU32(0x20FFC, 7);
      assertThat(errno(() -> memory.writeU64(0x20FFC, 1))).isEqualTo(Errno.EFAULT);
      assertThat(errno(() -> memory.readU32(0x22000))).isEqualTo(Errno.EFAULT);
      assertThat(errno(() -> memory.check(-8, 16, Prot.READ))).isEqualTo(Errno.EFAULT);
      assertThat(errno(() -> memory.check(0xFFFF_FFF0L, 0x20, Prot.READ))).isEqualTo(Errno.EFAULT);
      assertThat(memory.readU32(0x20FFC)).isEqualTo(7);
    }
  }

  @Test
  void theCapCountsMappedBytesAndUnmappingGivesThemBack() {
    try (GuestMemory memory = new GuestMemory(1L << 32, 0x4000)) {
      memory.map(0x10000, 0x4000, Prot.RW);
      assertThat(errno(() -> memory.map(0x20000, 0x1000, Prot.RW))).isEqualTo(Errno.ENOMEM);
      memory.writeU32(0x10000, 42);
      memory.unmap(0x10000, 0x1000);
      memory.map(0x20000, 0x1000, Prot.RW);
      assertThat(memory.mappedBytes()).isEqualTo(0x4000);
      assertThat(errno(() -> memory.map(0x30000, 0, Prot.RW))).isEqualTo(Errno.EINVAL);
    }
  }

  @Test
  void unmappedPagesReadAsZeroWhenMappedAgain() {
    try (GuestMemory memory = new GuestMemory(1L << 32, 1L << 24)) {
      memory.map(0x10000, 0x1000, Prot.RW);
      memory.writeU32(0x10000, 42);
      memory.unmap(0x10000, 0x1000);
      assertThatThrownBy(() -> memory.readU32(0x10000)).isInstanceOf(ErrnoException.class);
      memory.map(0x10000, 0x1000, Prot.RW);
      assertThat(memory.readU32(0x10000)).isZero();
    }
  }

  private static Errno errno(Runnable action) {
    try {
      action.run();
    } catch (ErrnoException e) {
      return e.errno();
    }
    throw new AssertionError("no error");
  }
}
