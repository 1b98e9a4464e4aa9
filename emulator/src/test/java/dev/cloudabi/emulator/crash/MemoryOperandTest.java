package dev.cloudabi.emulator.crash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.emulator.cpu.Arch;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MemoryOperandTest {
  private static final Map<String, Long> ARM =
      Map.of("r0", 0x1001L, "r2", 3L, "r9", 0x2000L, "r11", 0x3000L, "sp", 0x7F00L);
  private static final Map<String, Long> A64 =
      Map.of("x0", 0x1_0000_1001L, "x2", 0xFFFF_FFFF_FFFF_FFFEL, "x29", 0x9000L, "sp", 0x7F00L);

  private static OptionalLong arm(String mnemonic, String operands) {
    return MemoryOperand.address(Arch.ARMV6, mnemonic, operands, 0x10000, ARM);
  }

  private static OptionalLong a64(String operands) {
    return MemoryOperand.address(Arch.AARCH64, "ldr", operands, 0x400000, A64);
  }

  @Test
  void aBareBaseRegisterIsTheAddress() {
    assertThat(arm("ldrex", "r1, [r0]")).hasValue(0x1001);
    assertThat(a64("x1, [x0]")).hasValue(0x1_0000_1001L);
  }

  @Test
  void immediateOffsetsAddUpAndPreIndexingCounts() {
    assertThat(arm("ldr", "r1, [sp, #-4]")).hasValue(0x7EFC);
    assertThat(arm("ldr", "r1, [r0, #0x10]!")).hasValue(0x1011);
    assertThat(a64("w1, [sp, #-8]")).hasValue(0x7EF8);
  }

  @Test
  void postIndexingAccessesTheBaseItself() {
    assertThat(arm("ldr", "r1, [r0], #4")).hasValue(0x1001);
    assertThat(a64("x1, [x0], #16")).hasValue(0x1_0000_1001L);
  }

  @Test
  void registerOffsetsAreShiftedAndExtended() {
    assertThat(arm("ldr", "r1, [r0, r2, lsl #2]")).hasValue(0x100D);
    assertThat(arm("ldr", "r1, [r0, -r2]")).hasValue(0xFFE);
    assertThat(a64("x1, [x29, w2, sxtw #3]")).hasValue(0x9000L - 16);
    assertThat(a64("x1, [x29, w2, uxtw]")).hasValue(0x9000L + 0xFFFF_FFFEL);
  }

  @Test
  void armAliasesAndThePcAreUnderstood() {
    assertThat(arm("ldr", "r1, [sb, #4]")).hasValue(0x2004);
    assertThat(arm("ldr", "r1, [fp]")).hasValue(0x3000);
    assertThat(arm("ldr", "r0, [pc, #0x20]")).hasValue(0x10028);
  }

  @Test
  void loadAndStoreMultipleUseTheirBase() {
    assertThat(arm("ldm", "r0!, {r1, r2}")).hasValue(0x1001);
  }

  @Test
  void whatItCannotWorkOutIsEmpty() {
    assertThat(arm("ldr", "r1, [r7]")).isEmpty();
    assertThat(a64("x0, #0x400100")).isEmpty();
    assertThat(MemoryOperand.address(Arch.X86_64, "mov", "eax, [rbx]", 0, Map.of("rbx", 1L)))
        .isEmpty();
    assertThat(arm("ldr", "r1, [r0, #junk]")).isEmpty();
  }
}
