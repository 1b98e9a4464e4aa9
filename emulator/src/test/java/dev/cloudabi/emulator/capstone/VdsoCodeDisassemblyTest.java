package dev.cloudabi.emulator.capstone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.elf.disasm.DisasmArch;
import dev.cloudabi.emulator.abi.Syscalls;
import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.loader.VdsoImage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The hand-encoded vDSO stubs and gates, read back by Capstone: they say what we meant. */
class VdsoCodeDisassemblyTest {
  private static final CapstoneDisassembler CAPSTONE = CapstoneDisassembler.load();

  private static VdsoImage image(Arch arch) {
    return VdsoImage.build(arch, 0, Syscalls.all());
  }

  private static List<String> decode(Arch arch, long offset, int length) {
    byte[] image = image(arch).bytes();
    byte[] code = Arrays.copyOfRange(image, (int) offset, (int) offset + length);
    DisasmArch disasm =
        switch (arch) {
          case X86_64 -> DisasmArch.X86_64;
          case I686 -> DisasmArch.X86;
          case AARCH64 -> DisasmArch.AARCH64;
          case ARMV6 -> DisasmArch.ARM;
        };
    return CAPSTONE.disassemble(disasm, code, offset, 8).stream()
        .map(i -> (i.mnemonic() + " " + i.operands()).strip())
        .toList();
  }

  @ParameterizedTest
  @EnumSource(Arch.class)
  void aGateLoadsTheErrnoFromTheMarkerWordAndReturns(Arch arch) {
    List<String> gate = decode(arch, image(arch).gateOffset(3), VdsoImage.GATE_SIZE);
    List<String> expected =
        switch (arch) {
          case X86_64 -> List.of("movzx eax, word ptr [rsp - 8]", "ret");
          case I686 -> List.of("movzx eax, word ptr [esp - 4]", "ret");
          case AARCH64 -> List.of("ldurh w0, [sp, #-8]", "ret");
          case ARMV6 -> List.of("ldrh r0, [sp, #-4]", "bx lr");
        };
    assertThat(gate).startsWith(expected.toArray(String[]::new));
  }

  @ParameterizedTest
  @EnumSource(Arch.class)
  void aStubClearsTheSameMarkerWordBeforeItsGate(Arch arch) {
    VdsoImage image = image(arch);
    List<String> stub = decode(arch, image.stubOffset(3), image.stubSize());
    String gate = "0x" + Long.toHexString(image.gateOffset(3));
    List<String> expected =
        switch (arch) {
          case X86_64 -> List.of("mov dword ptr [rsp - 8], 0", "jmp " + gate);
          case I686 -> List.of("mov dword ptr [esp - 4], 0", "jmp " + gate);
          case AARCH64 -> List.of("stur wzr, [sp, #-8]", "b #" + gate);
          case ARMV6 -> List.of("str pc, [sp, #-4]", "b #" + gate);
        };
    assertThat(stub).startsWith(expected.toArray(String[]::new));
  }
}
