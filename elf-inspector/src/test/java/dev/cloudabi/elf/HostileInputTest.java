package dev.cloudabi.elf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.elf.analysis.CloudAbiAnalyzer;
import dev.cloudabi.elf.analysis.CloudAbiReport;
import dev.cloudabi.elf.constants.SectionTypes;
import dev.cloudabi.elf.report.ElfJsonWriter;
import dev.cloudabi.elf.report.ElfReport;
import dev.cloudabi.elf.report.ReportOptions;
import dev.cloudabi.elf.testing.Corpus;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs built to cost time or memory: many headers describing the same bytes, thousands of
 * segments, unterminated strings. Each must finish promptly with its limits reported.
 */
class HostileInputTest {
  private static byte[] program() throws Exception {
    return Files.readAllBytes(Corpus.syscallPrograms().get(2).path());
  }

  /** Appends {@code count} 64-bit section headers, each covering the whole original file. */
  private static byte[] withSections(byte[] elf, int count) {
    int at = (elf.length + 7) & ~7;
    byte[] out = Arrays.copyOf(elf, at + 64 * count);
    ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
    long[][] kinds = {
      {SectionTypes.SHT_PROGBITS, 0x2},
      {SectionTypes.SHT_PROGBITS, 0x6},
      {SectionTypes.SHT_NOTE, 0x2},
      {SectionTypes.SHT_RELA, 0x2},
      {SectionTypes.SHT_RELR, 0x2}
    };
    for (int i = 1; i < count; i++) {
      int h = at + 64 * i;
      long[] kind = kinds[i % kinds.length];
      b.putInt(h + 4, (int) kind[0]);
      b.putLong(h + 8, kind[1]);
      b.putLong(h + 24, 0); // sh_offset
      b.putLong(h + 32, elf.length); // sh_size
      b.putLong(h + 56, kind[0] == SectionTypes.SHT_RELA ? 24 : 0);
    }
    b.putLong(0x28, at); // e_shoff
    b.putShort(0x3c, (short) count); // e_shnum
    b.putShort(0x3e, (short) 0); // e_shstrndx: no names
    return out;
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void thousandsOfSectionsOverTheSameBytesStayWithinTheTotalBudgets() throws Exception {
    byte[] input = withSections(program(), 20_000);
    ElfParseLimits defaults = ElfParseLimits.defaults();
    // Keep every finding so the test can see the budget ones among the many.
    ElfParseLimits limits =
        new ElfParseLimits(
            defaults.maxProgramHeaders(),
            defaults.maxSections(),
            defaults.maxSymbolsPerTable(),
            defaults.maxStringLength(),
            defaults.maxNotes(),
            defaults.maxDynamicEntries(),
            defaults.maxRelocations(),
            1_000_000);
    ElfFile elf = ElfFile.parse(input, limits);

    ElfReport report =
        ElfReport.of(
            "hostile",
            elf,
            ReportOptions.defaults().withDisassembler(new FuzzTest.EveryWordCalls()));

    assertThat(elf.sections()).hasSize(20_000);
    long relocations = report.relocations().stream().mapToLong(r -> r.relocations().size()).sum();
    // Twice the file's bytes (plus 1 MiB) of 24-byte RELA entries and as many 8-byte RELR
    // targets, whatever the section count.
    long budget = 2L * input.length + (1 << 20);
    assertThat(relocations).isLessThanOrEqualTo(budget / 24 + budget / 8);
    assertThat(report.diagnostics())
        .anySatisfy(d -> assertThat(d.message()).contains("relocation limit"))
        .anySatisfy(d -> assertThat(d.message()).contains("RELR words skipped"));
    assertThat(ElfJsonWriter.toJson(report)).contains("\"diagnostics\"");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void sixtyThousandOverlappingSegmentsAreCheckedQuicklyAndReportedBriefly() throws Exception {
    byte[] elf = program();
    int count = 60_000;
    int at = (elf.length + 7) & ~7;
    byte[] input = Arrays.copyOf(elf, at + 56 * count);
    ByteBuffer b = ByteBuffer.wrap(input).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < count; i++) {
      int h = at + 56 * i;
      b.putInt(h, 1); // PT_LOAD
      b.putInt(h + 4, 5); // R E
      b.putLong(h + 16, 0x1000L * (i % 100)); // p_vaddr: every 100th repeats
      b.putLong(h + 32, 0); // p_filesz
      b.putLong(h + 40, 0x2000); // p_memsz
      b.putLong(h + 48, 0x1000); // p_align
    }
    b.putLong(0x20, at); // e_phoff
    b.putShort(0x38, (short) count); // e_phnum

    CloudAbiReport report =
        CloudAbiAnalyzer.analyze(ElfFile.parse(input, ElfParseLimits.defaults()));

    assertThat(report.errors())
        .filteredOn(f -> f.code().equals("overlapping-segments"))
        .hasSize(20)
        .last()
        .satisfies(f -> assertThat(f.message()).contains("not listed"));
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void anUnterminatedStringTableGivesEmptyNamesAndOneFindingPerSymbol() throws Exception {
    byte[] input = program();
    ElfFile original = ElfFile.parse(input, ElfParseLimits.defaults());
    SectionHeader strtab = original.section(".strtab").orElseThrow();
    Arrays.fill(
        input, (int) strtab.sh_offset(), (int) (strtab.sh_offset() + strtab.sh_size()), (byte) 'A');

    ElfFile elf = ElfFile.parse(input, ElfParseLimits.defaults());
    SymbolTable symtab = elf.symbolTable().orElseThrow();

    assertThat(symtab.symbols()).allSatisfy(s -> assertThat(s.name()).isEmpty());
    assertThat(elf.diagnostics())
        .filteredOn(d -> d.message().contains("not NUL-terminated"))
        .hasSize((int) symtab.symbols().stream().filter(s -> s.st_name() != 0).count());
  }
}
