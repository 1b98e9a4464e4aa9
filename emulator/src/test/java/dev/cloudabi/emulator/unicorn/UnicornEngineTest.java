package dev.cloudabi.emulator.unicorn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.cpu.Arm64Register;
import dev.cloudabi.emulator.cpu.ArmRegister;
import dev.cloudabi.emulator.cpu.X86Register;
import dev.cloudabi.emulator.memory.Prot;
import dev.cloudabi.emulator.natives.HostMemory;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.junit.jupiter.api.Test;

/** The binding itself: shared host memory, our register names, hook exceptions, errors. */
class UnicornEngineTest {
  private static final long CODE = 0x10000;

  @Test
  void versionIsAtLeast21() {
    String[] parts = UnicornEngine.libraryVersion().split("\\.");
    assertThat(Integer.parseInt(parts[0]) * 100 + Integer.parseInt(parts[1]))
        .isGreaterThanOrEqualTo(201);
  }

  @Test
  void twoEnginesShareTheSameHostMemory() {
    MemorySegment host = HostMemory.reserve(0x1000);
    try (UnicornEngine a = UnicornEngine.open(Arch.X86_64);
        UnicornEngine b = UnicornEngine.open(Arch.ARMV6)) {
      a.mapHost(CODE, host, Prot.RW);
      b.mapHost(CODE, host, Prot.RW);
      host.set(ValueLayout.JAVA_INT, 16, 0x12345678);
      assertThat(a.readMemory(CODE + 16, 4)).containsExactly(0x78, 0x56, 0x34, 0x12);
      assertThat(b.readMemory(CODE + 16, 4)).containsExactly(0x78, 0x56, 0x34, 0x12);
    } finally {
      HostMemory.release(host);
    }
  }

  @Test
  void anExceptionInAHookIsRethrownByStart() {
    MemorySegment host = HostMemory.reserve(0x1000);
    try (UnicornEngine cpu = UnicornEngine.open(Arch.X86_64)) {
      host.set(ValueLayout.JAVA_BYTE, 0, (byte) 0x90); // nop
      host.set(ValueLayout.JAVA_BYTE, 1, (byte) 0xEB); // jmp .
      host.set(ValueLayout.JAVA_BYTE, 2, (byte) 0xFE);
      cpu.mapHost(CODE, host, Prot.RX);
      IllegalStateException boom = new IllegalStateException("boom");
      cpu.addCodeHook(
          CODE,
          CODE,
          (address, size) -> {
            throw boom;
          });
      assertThatThrownBy(() -> cpu.start(CODE, CODE + 0x100, 0, 0)).isSameAs(boom);
    } finally {
      HostMemory.release(host);
    }
  }

  @Test
  void engineHooksShareOneStubButEachEngineCallsOnlyItsOwn() {
    MemorySegment host = HostMemory.reserve(0x1000);
    host.set(ValueLayout.JAVA_BYTE, 0, (byte) 0x90); // nop
    int[] calls = new int[2];
    try (UnicornEngine a = UnicornEngine.open(Arch.X86_64);
        UnicornEngine b = UnicornEngine.open(Arch.X86_64)) {
      a.mapHost(CODE, host, Prot.RX);
      b.mapHost(CODE, host, Prot.RX);
      a.addCodeHook(CODE, CODE, (address, size) -> calls[0]++);
      b.addCodeHook(CODE, CODE, (address, size) -> calls[1] += 10);

      a.start(CODE, CODE + 1, 0, 0);
      b.start(CODE, CODE + 1, 0, 0);
      b.start(CODE, CODE + 1, 0, 0);

      assertThat(calls).containsExactly(1, 20);
    } finally {
      HostMemory.release(host);
    }
  }

  @Test
  void hookSlotsStayDistinctAndTheTableGrows() {
    Object hook = new Object();
    int first = HookSlots.register(null, hook);
    HookSlots.release(new int[] {first}, 1);
    int[] many = new int[200];
    for (int i = 0; i < many.length; i++) {
      many[i] = HookSlots.register(null, hook);
    }
    try {
      assertThat(many).doesNotHaveDuplicates().doesNotContain(0);
      assertThat(HookSlots.get(many[199]).hook()).isSameAs(hook);
    } finally {
      HookSlots.release(many, many.length);
    }
  }

  @Test
  void overlappingMapsFailNamingTheUnicornError() {
    MemorySegment host = HostMemory.reserve(0x2000);
    try (UnicornEngine cpu = UnicornEngine.open(Arch.AARCH64)) {
      cpu.mapHost(CODE, host.asSlice(0, 0x1000), Prot.RW);
      assertThatThrownBy(() -> cpu.mapHost(CODE, host.asSlice(0x1000, 0x1000), Prot.RW))
          .isInstanceOf(UnicornException.class)
          .hasMessageContaining("uc_mem_map_ptr")
          .hasMessageContaining("UC_ERR_MAP");
    } finally {
      HostMemory.release(host);
    }
  }

  @Test
  void threadRegistersRoundTripByOurNames() {
    try (UnicornEngine arm = UnicornEngine.open(Arch.ARMV6);
        UnicornEngine arm64 = UnicornEngine.open(Arch.AARCH64);
        UnicornEngine x64 = UnicornEngine.open(Arch.X86_64)) {
      arm.write(ArmRegister.TPIDRURW, 0xCAFE0000L);
      assertThat(arm.read(ArmRegister.TPIDRURW)).isEqualTo(0xCAFE0000L);
      arm.write(ArmRegister.R7, 0xFFFF_FFFFL);
      assertThat(arm.read(ArmRegister.R7)).isEqualTo(0xFFFF_FFFFL);
      arm64.write(Arm64Register.TPIDR_EL0, 0x1234_5678_9ABCL);
      assertThat(arm64.read(Arm64Register.TPIDR_EL0)).isEqualTo(0x1234_5678_9ABCL);
      x64.write(X86Register.FS_BASE, 0xFFFE0000L);
      assertThat(x64.read(X86Register.FS_BASE)).isEqualTo(0xFFFE0000L);
    }
  }

  @Test
  void registersOfAnotherArchitectureAreRefused() {
    try (UnicornEngine arm = UnicornEngine.open(Arch.ARMV6)) {
      assertThatThrownBy(() -> arm.read(X86Register.RAX))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("rax is not a register of armv6");
    }
  }
}
