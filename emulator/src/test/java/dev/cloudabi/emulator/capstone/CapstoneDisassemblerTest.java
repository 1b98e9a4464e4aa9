package dev.cloudabi.emulator.capstone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.elf.disasm.BranchKind;
import dev.cloudabi.elf.disasm.DisasmArch;
import dev.cloudabi.elf.disasm.Instruction;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CapstoneDisassemblerTest {
  private static final CapstoneDisassembler CAPSTONE = CapstoneDisassembler.load();

  private static List<Instruction> decode(DisasmArch arch, String hex, long address) {
    return CAPSTONE.disassemble(arch, HexFormat.of().parseHex(hex), address, 100);
  }

  @Test
  void theCsInsnLayoutMatchesCapstone4OnLp64() {
    assertThat(CsInsn.LAYOUT.byteSize()).isEqualTo(240);
    assertThat(CsInsn.offset("id")).isZero();
    assertThat(CsInsn.ADDRESS_OFFSET).isEqualTo(8);
    assertThat(CsInsn.SIZE_OFFSET).isEqualTo(16);
    assertThat(CsInsn.BYTES_OFFSET).isEqualTo(18);
    assertThat(CsInsn.MNEMONIC_OFFSET).isEqualTo(34);
    assertThat(CsInsn.OP_STR_OFFSET).isEqualTo(66);
    assertThat(CsInsn.offset("detail")).isEqualTo(232);
  }

  @Test
  void theLoadedLibraryIsCapstone4() {
    assertThat(CAPSTONE.version()).startsWith("4.");
  }

  @Test
  void decodesX86_64WithAddressesBytesAndIntelSyntax() {
    List<Instruction> code = decode(DisasmArch.X86_64, "554889e5e800000000c3", 0x1000);

    assertThat(code)
        .extracting(Instruction::mnemonic)
        .containsExactly("push", "mov", "call", "ret");
    assertThat(code)
        .extracting(Instruction::address)
        .containsExactly(0x1000L, 0x1001L, 0x1004L, 0x1009L);
    assertThat(code.get(1).operands()).isEqualTo("rbp, rsp");
    assertThat(code.get(2).bytes()).containsExactly(0xe8, 0, 0, 0, 0);
    assertThat(code.get(2).kind()).isEqualTo(BranchKind.CALL);
    assertThat(code.get(2).branchTarget()).isEqualTo(OptionalLong.of(0x1009));
    assertThat(code.get(3).kind()).isEqualTo(BranchKind.RETURN);
  }

  @Test
  void decodesI386CallTargets() {
    List<Instruction> code = decode(DisasmArch.X86, "e8fb0f0000", 0x401000);
    assertThat(code)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.mnemonic()).isEqualTo("call");
              assertThat(i.branchTarget()).isEqualTo(OptionalLong.of(0x402000));
            });
  }

  @Test
  void decodesAArch64BranchAndLink() {
    // bl -0x60 ; ret
    List<Instruction> code = decode(DisasmArch.AARCH64, "e8ffff97c0035fd6", 0x10400);
    assertThat(code).extracting(Instruction::mnemonic).containsExactly("bl", "ret");
    assertThat(code.get(0).branchTarget()).isEqualTo(OptionalLong.of(0x10400 - 0x60));
  }

  @Test
  void decodesArmAndThumb() {
    // ARM: bl -0x60 (from 0x20388 to 0x20330), bx lr. Thumb: bx lr.
    List<Instruction> arm = decode(DisasmArch.ARM, "e8ffffeb1eff2fe1", 0x20388);
    assertThat(arm).extracting(Instruction::mnemonic).containsExactly("bl", "bx");
    assertThat(arm.get(0).branchTarget()).isEqualTo(OptionalLong.of(0x20330));
    assertThat(arm.get(1).kind()).isEqualTo(BranchKind.RETURN);

    List<Instruction> thumb = decode(DisasmArch.THUMB, "7047", 0x8000);
    assertThat(thumb)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.mnemonic()).isEqualTo("bx");
              assertThat(i.length()).isEqualTo(2);
            });
  }

  @Test
  void decodingStopsAtBytesThatAreNotInstructions() {
    // nop, then 0x06 (invalid in 64-bit mode)
    assertThat(decode(DisasmArch.X86_64, "9006", 0))
        .extracting(Instruction::mnemonic)
        .containsExactly("nop");
    assertThat(decode(DisasmArch.AARCH64, "", 0)).isEmpty();
  }

  @Test
  void theInstructionLimitIsHonoured() {
    byte[] nops = new byte[64];
    java.util.Arrays.fill(nops, (byte) 0x90);
    assertThat(CAPSTONE.disassemble(DisasmArch.X86, nops, 0, 5)).hasSize(5);
  }
}
