package dev.cloudabi.elf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.elf.analysis.SyscallAnalyzer;
import dev.cloudabi.elf.analysis.SyscallImports;
import dev.cloudabi.elf.testing.Corpus;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs the fuzz test once found, rebuilt from a corpus file so they stay readable. */
class FuzzRegressionTest {
  /**
   * Fuzz inputs 11927 and 59499: a code section's sh_size with the top bit set used to become
   * either a 1.4 GB scan buffer (slow) or a negative range (IllegalArgumentException).
   */
  @ParameterizedTest(name = "sh_size 0x{0}")
  @ValueSource(strings = {"80000000550003f5", "ffffffffaf25c8f2", "ffffffffffffffff"})
  void aCodeSectionSizeBeyondTheFileIsScannedOnlyAsFarAsTheFile(String hexSize) throws Exception {
    Path program = Corpus.syscallPrograms().get(2).path();
    ElfFile original = ElfFile.parse(program, ElfParseLimits.defaults());
    SectionHeader text = original.section(".text").orElseThrow();
    byte[] bytes = Files.readAllBytes(program);
    ByteBuffer.wrap(bytes)
        .order(ByteOrder.LITTLE_ENDIAN)
        .putLong((int) text.fileOffset() + 32, Long.parseUnsignedLong(hexSize, 16));

    ElfFile damaged = ElfFile.parse(bytes, ElfParseLimits.defaults());
    SyscallImports imports =
        SyscallAnalyzer.analyze(damaged, Optional.of(new FuzzTest.EveryWordCalls()));

    assertThat(damaged.section(".text").orElseThrow().sh_size())
        .isEqualTo(Long.parseUnsignedLong(hexSize, 16));
    assertThat(
            damaged.sectionData(damaged.section(".text").orElseThrow()).orElseThrow().remaining())
        .isEqualTo(bytes.length - (int) text.sh_offset());
    assertThat(imports.reached()).isPresent();
    assertThat(imports.wrappers()).hasSize(49);
    assertThat(imports.carried().names())
        .hasSize(49)
        .isEqualTo(List.copyOf(imports.carried().names()));
  }
}
