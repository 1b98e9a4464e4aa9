package dev.cloudabi.elf.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.ElfParseLimits;
import dev.cloudabi.elf.ProgramHeader;
import dev.cloudabi.elf.testing.Corpus;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloudAbiAnalyzerTest {
  private static final ElfParseLimits LIMITS = ElfParseLimits.defaults();

  private static CloudAbiReport analyze(Path path) throws Exception {
    return CloudAbiAnalyzer.analyze(ElfFile.parse(path, LIMITS));
  }

  private static CloudAbiReport analyze(byte[] bytes) throws Exception {
    return CloudAbiAnalyzer.analyze(ElfFile.parse(bytes, LIMITS));
  }

  private static List<String> codes(CloudAbiReport report) {
    return report.findings().stream().map(Finding::code).toList();
  }

  @Test
  void sixtyFourBitCloudAbiProgramsArePositionIndependentAndRunnable() throws Exception {
    for (Corpus.Entry entry : Corpus.cloudAbi().subList(2, 4)) {
      CloudAbiReport report = analyze(entry.path());
      assertThat(report.isRunnable()).as(entry + " " + report.findings()).isTrue();
      assertThat(report.errors()).as(entry.label()).isEmpty();
      assertThat(report.loadModel()).isEqualTo(LoadModel.POSITION_INDEPENDENT);
      assertThat(codes(report)).contains("pie", "tls");
      assertThat(report.loadStart()).isZero();
    }
  }

  @Test
  void thirtyTwoBitCloudAbiProgramsAreFixedAddressAndRunnable() throws Exception {
    CloudAbiReport i686 = analyze(Corpus.cloudAbi().get(0).path());
    CloudAbiReport armv6 = analyze(Corpus.cloudAbi().get(1).path());

    assertThat(i686.arch()).contains(CloudAbiArch.I686);
    assertThat(armv6.arch()).contains(CloudAbiArch.ARMV6);
    for (CloudAbiReport report : List.of(i686, armv6)) {
      assertThat(report.errors()).isEmpty();
      assertThat(report.loadModel()).isEqualTo(LoadModel.FIXED_ADDRESS);
      assertThat(codes(report)).contains("fixed-address");
      assertThat(report.loadStart()).isGreaterThan(0);
    }
  }

  @Test
  void theTlsTemplateIsReportedWithSizeAndAlignment() throws Exception {
    CloudAbiReport report = analyze(Corpus.cloudAbi().get(2).path());
    TlsTemplate tls = report.tls().orElseThrow();
    assertThat(tls.filesz()).isEqualTo(4);
    assertThat(tls.memsz()).isGreaterThanOrEqualTo(20);
    assertThat(Long.bitCount(tls.align())).isEqualTo(1);
  }

  @Test
  void aLinuxProgramIsRefusedForItsOsAbiInterpreterAndLibraries() throws Exception {
    CloudAbiReport report = analyze(Path.of("/usr/bin/true"));

    assertThat(report.verdict()).isEqualTo(Verdict.NOT_RUNNABLE);
    assertThat(codes(report)).contains("not-cloudabi", "interpreter-present", "needs-library");
    assertThat(report.errors())
        .filteredOn(f -> f.code().equals("not-cloudabi"))
        .singleElement()
        .satisfies(f -> assertThat(f.evidence()).isEqualTo(Evidence.of("EI_OSABI", 7)));
    assertThatThrownBy(report::requireRunnable)
        .isInstanceOf(NotRunnableException.class)
        .hasMessageContaining("PT_INTERP")
        .hasMessageContaining("libc.so.6");
  }

  @Test
  void anEntryPointOutsideEveryExecutableSegmentIsAnError() throws Exception {
    byte[] bytes = Files.readAllBytes(Corpus.cloudAbi().get(2).path());
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putLong(24, 0x7fff_0000L);

    CloudAbiReport report = analyze(bytes);

    assertThat(report.errors())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("entry-outside-segments");
              assertThat(f.evidence()).isEqualTo(Evidence.of("e_entry", 24));
            });
  }

  @Test
  void anEntryPointInDataIsAnError() throws Exception {
    Path path = Corpus.cloudAbi().get(2).path();
    ElfFile elf = ElfFile.parse(path, LIMITS);
    ProgramHeader data =
        elf.segmentsOfType(1).stream().filter(ProgramHeader::isWritable).findFirst().orElseThrow();
    byte[] bytes = Files.readAllBytes(path);
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putLong(24, data.p_vaddr());

    assertThat(codes(analyze(bytes))).contains("entry-not-executable");
  }

  @Test
  void overlappingAndHugeSegmentsAreErrorsNamingTheProgramHeader() throws Exception {
    Path path = Corpus.cloudAbi().get(2).path();
    ElfFile elf = ElfFile.parse(path, LIMITS);
    List<ProgramHeader> loads = elf.segmentsOfType(1);
    byte[] bytes = Files.readAllBytes(path);
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    // Second PT_LOAD starts where the first does; the third becomes 4 GiB large.
    b.putLong((int) loads.get(1).fileOffset() + 16, loads.get(0).p_vaddr());
    b.putLong((int) loads.get(2).fileOffset() + 40, 1L << 32);

    CloudAbiReport report = analyze(bytes);

    assertThat(codes(report)).contains("overlapping-segments", "huge-segment");
    assertThat(report.errors())
        .filteredOn(f -> f.code().equals("huge-segment"))
        .singleElement()
        .satisfies(f -> assertThat(f.evidence().offset()).isEqualTo(loads.get(2).fileOffset()));
  }

  @Test
  void anObjectFileIsNotLoadable() throws Exception {
    CloudAbiReport report = analyze(Corpus.bigEndian().get(0).path());
    assertThat(report.loadModel()).isEqualTo(LoadModel.NOT_LOADABLE);
    assertThat(codes(report))
        .contains("not-cloudabi", "big-endian", "not-executable", "no-load-segments");
  }
}
