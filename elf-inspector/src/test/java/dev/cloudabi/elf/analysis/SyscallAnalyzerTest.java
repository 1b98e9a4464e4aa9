package dev.cloudabi.elf.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.ElfParseLimits;
import dev.cloudabi.elf.disasm.Disassembler;
import dev.cloudabi.elf.testing.Corpus;
import dev.cloudabi.elf.testing.ObjdumpDisassembler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SyscallAnalyzerTest {
  private static final List<String> REACHED = List.of("clock_time_get", "fd_write", "proc_exit");

  static List<Corpus.Entry> programs() {
    return Corpus.syscallPrograms().subList(0, 4);
  }

  private static SyscallImports analyze(Path path, Optional<Disassembler> disassembler)
      throws Exception {
    return SyscallAnalyzer.analyze(ElfFile.parse(path, ElfParseLimits.defaults()), disassembler);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programs")
  void aCloudlibcStyleProgramCarriesTheWholeTableInOrder(Corpus.Entry entry) throws Exception {
    SyscallImports imports = analyze(entry.path(), Optional.empty());

    assertThat(imports.carried().carriesWholeTable()).isTrue();
    assertThat(imports.carried().era()).contains("final ABI (49 names)");
    assertThat(imports.carried().table().orElseThrow().names())
        .containsExactlyElementsOf(CloudAbiSyscalls.CURRENT);
    assertThat(imports.carried().table().orElseThrow().container()).startsWith(".rodata");
    assertThat(imports.wrappers()).hasSize(49);
    assertThat(imports.reached()).isEmpty();
    assertThat(imports.summary()).contains("carries the whole table");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programs")
  void theWrappersReachedFromCodeAreFoundByDisassembly(Corpus.Entry entry) throws Exception {
    SyscallImports imports =
        analyze(entry.path(), Optional.of(new ObjdumpDisassembler(entry.path())));

    assertThat(imports.reached()).contains(REACHED);
    assertThat(imports.summary()).contains("3 of 49 wrappers reached from code");
  }

  @Test
  void aStrippedProgramStillReportsWhatItCarries() throws Exception {
    Path stripped = Corpus.syscallPrograms().get(4).path();
    SyscallImports imports = analyze(stripped, Optional.of(new ObjdumpDisassembler(stripped)));

    assertThat(imports.carried().names()).containsExactlyElementsOf(CloudAbiSyscalls.CURRENT);
    assertThat(imports.wrappers()).isEmpty();
    assertThat(imports.reached()).isEmpty();
  }

  @Test
  void aRuntimeLackingAReachedSyscallIsIncompatible() throws Exception {
    Path program = Corpus.syscallPrograms().get(2).path();
    SyscallImports imports = analyze(program, Optional.of(new ObjdumpDisassembler(program)));
    List<String> provided = new ArrayList<>(CloudAbiSyscalls.CURRENT);
    provided.remove("fd_write");

    SyscallCompatibility result = imports.compatibility(provided);

    assertThat(result.verdict()).isEqualTo(Verdict.NOT_RUNNABLE);
    assertThat(result.missingRequired()).containsExactly("fd_write");
    assertThat(result.explanation()).contains("fd_write");
  }

  @Test
  void aRuntimeLackingOnlyUnreachedSyscallsIsCompatibleWithAWarning() throws Exception {
    Path program = Corpus.syscallPrograms().get(2).path();
    SyscallImports imports = analyze(program, Optional.of(new ObjdumpDisassembler(program)));
    List<String> provided =
        List.of("cloudabi_sys_clock_time_get", "cloudabi_sys_fd_write", "cloudabi_sys_proc_exit");

    SyscallCompatibility result = imports.compatibility(provided);

    assertThat(result.verdict()).isEqualTo(Verdict.RUNNABLE_WITH_WARNINGS);
    assertThat(result.missingRequired()).isEmpty();
    assertThat(result.missingUnreached()).hasSize(46).contains("sock_recv");
  }

  @Test
  void withoutCallAnalysisEveryCarriedNameIsRequired() throws Exception {
    Path stripped = Corpus.syscallPrograms().get(4).path();
    SyscallImports imports = analyze(stripped, Optional.empty());

    assertThat(imports.compatibility(CloudAbiSyscalls.CURRENT).verdict())
        .isEqualTo(Verdict.RUNNABLE);
    SyscallCompatibility partial = imports.compatibility(List.of("fd_write"));
    assertThat(partial.verdict()).isEqualTo(Verdict.RUNNABLE_WITH_WARNINGS);
    assertThat(partial.missingRequired()).hasSize(48);
  }

  static List<Corpus.Entry> slotTablePrograms() {
    return Corpus.slotTablePrograms();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("slotTablePrograms")
  void callsThroughAnExportedSlotTableAreFoundWithoutWrapperSymbols(Corpus.Entry entry)
      throws Exception {
    SyscallImports imports =
        analyze(entry.path(), Optional.of(new ObjdumpDisassembler(entry.path())));

    assertThat(imports.wrappers()).isEmpty();
    assertThat(imports.reachedVia()).isEqualTo(SyscallImports.VIA_SLOT_TABLE);
    assertThat(imports.carried().table().orElseThrow().names())
        .containsExactly(
            "clock_time_get", "fd_read", "fd_write", "mem_map", "proc_exit", "random_get");
    assertThat(imports.reached()).contains(REACHED);
    assertThat(imports.summary()).contains("3 syscalls called through cloudabi_syscalls");
  }

  @Test
  void aProgramWithPrefixedNameStringsCarriesThem() throws Exception {
    SyscallImports imports = analyze(Corpus.cloudAbi().get(2).path(), Optional.empty());

    assertThat(imports.carried().table()).isEmpty();
    assertThat(imports.carried().prefixedStrings())
        .containsExactly("cloudabi_sys_fd_write", "cloudabi_sys_proc_exit");
    assertThat(imports.carried().names()).containsExactly("fd_write", "proc_exit");
  }
}
