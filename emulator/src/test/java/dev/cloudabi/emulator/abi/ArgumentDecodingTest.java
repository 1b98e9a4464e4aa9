package dev.cloudabi.emulator.abi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.cpu.Register;
import dev.cloudabi.emulator.memory.GuestMemory;
import dev.cloudabi.emulator.memory.MemoryMapper;
import dev.cloudabi.emulator.memory.Prot;
import dev.cloudabi.emulator.unicorn.UnicornEngine;
import java.lang.foreign.MemorySegment;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Decodes every signature from a real Unicorn CPU whose argument registers and stack hold distinct
 * patterns with garbage in the high bits: registers are masked to the parameter width, armv6 pairs
 * are joined low-word-first, stack slots are read at the right offsets.
 */
class ArgumentDecodingTest {
  private static final long STACK = 0x10_0000L;
  private static final long SP = STACK + 0x800;

  @ParameterizedTest
  @EnumSource(Arch.class)
  void everySignatureDecodesFromRegistersAndStack(Arch arch) {
    CallingConvention convention = CallingConvention.of(arch);
    try (GuestMemory memory = new GuestMemory(1L << 32, 1L << 24);
        UnicornEngine cpu = UnicornEngine.open(arch)) {
      memory.attach(mapper(cpu));
      memory.map(STACK, GuestMemory.PAGE_SIZE, Prot.RW);
      List<Register> registers = convention.callRegisters();
      long[] written = new long[registers.size()];
      for (int i = 0; i < registers.size() - 1; i++) {
        written[i] = pattern(arch, i);
        cpu.write(registers.get(i), written[i]);
      }
      cpu.write(convention.stackPointer(), SP);
      for (int offset = 0; offset < 64; offset += 4) {
        memory.writeU32(SP + offset, 0xA0000000L | (offset << 16) | 0x5A5A);
      }
      long[] values = new long[registers.size()];
      cpu.batch(registers).read(values);
      assertThat(values[values.length - 1]).isEqualTo(SP);

      for (SyscallSignature signature : Syscalls.all()) {
        List<ArgLocation> locations = convention.place(signature);
        long[] decoded = new long[8];
        convention.decode(signature, locations, values, memory::readWord, decoded);
        for (int k = 0; k < signature.arity(); k++) {
          long raw =
              switch (locations.get(k)) {
                case ArgLocation.InRegister r -> written[r.index()] & arch.pointerMask();
                case ArgLocation.InRegisterPair p ->
                    (written[p.index()] & 0xFFFF_FFFFL) | (written[p.index() + 1] << 32);
                case ArgLocation.OnStack s ->
                    s.width() == 8
                        ? stackWord(s.offset()) | (stackWord(s.offset() + 4) << 32)
                        : stackWord(s.offset());
              };
          assertThat(decoded[k])
              .as("%s %s of %s", arch, signature.param(k).name(), signature.name())
              .isEqualTo(mask(arch, signature.param(k).kind(), raw));
        }
      }
    }
  }

  private static long pattern(Arch arch, int i) {
    long low = 0x80000000L | (0x01010101L * (i + 1));
    return arch.is64Bit() ? (0x7EDC_BA98L << 32) | low : low;
  }

  private static long stackWord(int offset) {
    return 0xA0000000L | ((long) offset << 16) | 0x5A5A;
  }

  private static long mask(Arch arch, ParamKind kind, long raw) {
    return switch (kind) {
      case U8 -> raw & 0xFF;
      case U16 -> raw & 0xFFFF;
      case U32 -> raw & 0xFFFF_FFFFL;
      case U64, LOOKUP -> raw;
      default -> raw & arch.pointerMask();
    };
  }

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
}
