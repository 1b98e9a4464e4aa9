package dev.cloudabi.elf.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.ElfParseLimits;
import dev.cloudabi.elf.testing.Corpus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The guest SDK's example programs (built by the resources module, when present). */
class SdkExamplesTest {
  static List<Corpus.Entry> examples() {
    return Corpus.sdkExamples();
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("examples")
  void everyExampleIsARunnableCloudAbiProgramThatCarriesTheWholeTable(Corpus.Entry entry)
      throws Exception {
    ElfFile elf = ElfFile.parse(entry.path(), ElfParseLimits.defaults());
    CloudAbiReport report = CloudAbiAnalyzer.analyze(elf);
    SyscallImports imports = SyscallAnalyzer.analyze(elf, Optional.empty());

    assertThat(report.errors()).as(entry.label()).isEmpty();
    assertThat(imports.carried().carriesWholeTable()).as(imports.summary()).isTrue();
    assertThat(imports.compatibility(CloudAbiSyscalls.ALL).verdict()).isEqualTo(Verdict.RUNNABLE);
  }
}
