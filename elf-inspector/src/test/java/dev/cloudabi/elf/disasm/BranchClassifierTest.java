package dev.cloudabi.elf.disasm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BranchClassifierTest {
  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "X86_64 | call | 0x1490 | CALL | 0x1490",
        "X86_64 | call | qword ptr [rip + 0x2f0a] | CALL | ",
        "X86_64 | jmp | 0x16f0 | JUMP | 0x16f0",
        "X86_64 | jne | 0x17c0 | CONDITIONAL_JUMP | 0x17c0",
        "X86_64 | ret | '' | RETURN | ",
        "X86_64 | mov | rax, 0x10 | NONE | ",
        "X86 | call | 0x401320 | CALL | 0x401320",
        "AARCH64 | bl | #0x1048c | CALL | 0x1048c",
        "AARCH64 | blr | x8 | CALL | ",
        "AARCH64 | b.ne | #0x10500 | CONDITIONAL_JUMP | 0x10500",
        "AARCH64 | cbz | x0, #0x10520 | CONDITIONAL_JUMP | 0x10520",
        "AARCH64 | tbnz | w1, #3, #0x10540 | CONDITIONAL_JUMP | 0x10540",
        "AARCH64 | ret | '' | RETURN | ",
        "AARCH64 | bic | x0, x1, x2 | NONE | ",
        "ARM | bl | #0x20330 | CALL | 0x20330",
        "ARM | bleq | #0x20330 | CALL | 0x20330",
        "ARM | bne | #0x20400 | CONDITIONAL_JUMP | 0x20400",
        "ARM | bx | lr | RETURN | ",
        "ARM | bx | r3 | JUMP | ",
        "ARM | pop | {r4, r5, pc} | RETURN | ",
        "ARM | bkpt | #0 | NONE | ",
        "THUMB | b.w | #0x8000 | JUMP | 0x8000",
        "THUMB | cbz | r0, #0x8010 | CONDITIONAL_JUMP | 0x8010",
        "THUMB | blx | #0x9000 | CALL | 0x9000",
      })
  void classifiesBranchesAndReadsDirectTargets(
      DisasmArch arch, String mnemonic, String operands, BranchKind kind, String target) {
    assertThat(BranchClassifier.kind(arch, mnemonic, operands)).isEqualTo(kind);
    OptionalLong expected =
        target == null ? OptionalLong.empty() : OptionalLong.of(Long.decode(target));
    assertThat(BranchClassifier.directTarget(arch, mnemonic, operands)).isEqualTo(expected);
  }
}
