package dev.cloudabi.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudabi.elf.constants.ProgramTypes;
import dev.cloudabi.elf.testing.Corpus;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ElfFileTest {
  private static final ElfParseLimits LIMITS = ElfParseLimits.defaults();

  @Test
  void bytesWithoutTheMagicAreNotElf() {
    assertThatThrownBy(() -> ElfFile.parse("#!/bin/sh\necho hello\n".getBytes(), LIMITS))
        .isInstanceOf(ElfFormatException.class)
        .hasMessageContaining("not ELF");
  }

  @Test
  void anEmptyFileIsNotElf(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path empty = Files.createFile(dir.resolve("empty"));
    assertThatThrownBy(() -> ElfFile.parse(empty, LIMITS))
        .isInstanceOf(ElfFormatException.class)
        .hasMessageContaining("0 bytes");
  }

  @Test
  void aByteBufferIsParsedFromItsPositionToItsLimit() throws Exception {
    byte[] elf = Files.readAllBytes(Corpus.cloudAbi().get(3).path());
    byte[] padded = new byte[elf.length + 100];
    System.arraycopy(elf, 0, padded, 100, elf.length);
    ByteBuffer buffer = ByteBuffer.wrap(padded).position(100);

    ElfFile parsed = ElfFile.parse(buffer, LIMITS);

    assertThat(parsed.sections()).isEqualTo(ElfFile.parse(elf, LIMITS).sections());
    assertThat(parsed.diagnostics()).isEmpty();
  }

  @Test
  void anInputShorterThanEIdentIsNotElf() {
    assertThatThrownBy(() -> ElfFile.parse(new byte[] {0x7f, 'E', 'L'}, LIMITS))
        .isInstanceOf(ElfFormatException.class)
        .hasMessageContaining("fewer than the 16 of e_ident");
  }

  @Test
  void anUnknownClassIsRejectedWithItsOffset() {
    byte[] bytes = new byte[64];
    bytes[0] = 0x7f;
    bytes[1] = 'E';
    bytes[2] = 'L';
    bytes[3] = 'F';
    bytes[4] = 3;
    bytes[5] = 1;
    assertThatThrownBy(() -> ElfFile.parse(bytes, LIMITS))
        .isInstanceOf(ElfFormatException.class)
        .hasMessageContaining("EI_CLASS 3")
        .satisfies(e -> assertThat(((ElfFormatException) e).offset()).isEqualTo(4));
  }

  @Test
  void aTruncatedHeaderIsRejected() throws Exception {
    byte[] whole = Files.readAllBytes(Corpus.cloudAbi().get(2).path());
    assertThatThrownBy(() -> ElfFile.parse(Arrays.copyOf(whole, 40), LIMITS))
        .isInstanceOf(ElfFormatException.class)
        .hasMessageContaining("truncated ELF header");
  }

  @Test
  void aTruncatedFileKeepsItsReadableProgramHeadersAndReportsTheCut() throws Exception {
    byte[] whole = Files.readAllBytes(Corpus.cloudAbi().get(2).path());
    ElfFile full = ElfFile.parse(whole, LIMITS);
    // Cut the file in the middle of the third program header.
    int cut = (int) (full.header().e_phoff() + 2 * 56 + 20);
    ElfFile cutFile = ElfFile.parse(Arrays.copyOf(whole, cut), LIMITS);

    assertThat(cutFile.programHeaders()).hasSize(2);
    assertThat(cutFile.programHeaders()).isEqualTo(full.programHeaders().subList(0, 2));
    assertThat(cutFile.sections()).isEmpty();
    assertThat(cutFile.diagnostics())
        .anySatisfy(d -> assertThat(d.field()).isEqualTo("e_phoff"))
        .anySatisfy(d -> assertThat(d.field()).isEqualTo("e_shoff"));
  }

  @Test
  void aBadSectionNameTableIndexLeavesNamesEmptyWithADiagnostic() throws Exception {
    byte[] bytes = Files.readAllBytes(Corpus.cloudAbi().get(2).path());
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putShort(0x3e, (short) 999);
    ElfFile elf = ElfFile.parse(bytes, LIMITS);

    assertThat(elf.sections()).isNotEmpty().allSatisfy(s -> assertThat(s.name()).isEmpty());
    assertThat(elf.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.field()).isEqualTo("e_shstrndx");
              assertThat(d.offset()).isEqualTo(0x3e);
            });
  }

  @Test
  void everyStructureKnowsWhereItIs() throws Exception {
    ElfFile elf = ElfFile.parse(Corpus.cloudAbi().get(0).path(), LIMITS);
    ProgramHeader second = elf.programHeaders().get(1);
    assertThat(second.fileOffset()).isEqualTo(elf.header().e_phoff() + 32);
    assertThat(second.size()).isEqualTo(32);
    SectionHeader text = elf.section(".text").orElseThrow();
    assertThat(text.fileOffset()).isEqualTo(elf.header().e_shoff() + 40L * text.index());
    ElfSymbol start = elf.symbolTable().orElseThrow().find("_start").orElseThrow();
    assertThat(start.size()).isEqualTo(16);
    assertThat(start.fileOffset())
        .isEqualTo(elf.symbolTable().orElseThrow().section().sh_offset() + 16L * start.index());
  }

  @Test
  void theTlsSegmentOfACloudAbiProgramIsFound() throws Exception {
    ElfFile elf = ElfFile.parse(Corpus.cloudAbi().get(2).path(), LIMITS);
    ProgramHeader tls = elf.tlsSegment().orElseThrow();
    assertThat(tls.p_type()).isEqualTo(ProgramTypes.PT_TLS);
    // tls_value (4 bytes, initialised) + tls_zero (16 bytes, zero) with alignment.
    assertThat(tls.p_filesz()).isEqualTo(4);
    assertThat(tls.p_memsz()).isGreaterThanOrEqualTo(20);
  }

  @Test
  void aSymbolLimitCutsTheTableAndSaysSo() throws Exception {
    ElfFile elf = ElfFile.parse(Corpus.cloudAbi().get(2).path(), LIMITS.withMaxSymbolsPerTable(3));
    assertThat(elf.symbolTable().orElseThrow().symbols()).hasSize(3);
    assertThat(elf.diagnostics())
        .anySatisfy(d -> assertThat(d.message()).contains("only the first 3 are read"));
  }
}
