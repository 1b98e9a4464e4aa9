package dev.cloudabi.elf.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.ElfParseLimits;
import dev.cloudabi.elf.analysis.CloudAbiSyscalls;
import dev.cloudabi.elf.testing.Corpus;
import dev.cloudabi.elf.testing.MiniJson;
import dev.cloudabi.elf.testing.ObjdumpDisassembler;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ElfReportTest {
  /** The documented top-level fields, in order (README "JSON fields"). */
  static final List<String> TOP_LEVEL =
      List.of(
          "format",
          "file",
          "file_size",
          "header",
          "program_headers",
          "sections",
          "symtab",
          "dynsym",
          "version_definitions",
          "version_requirements",
          "dynamic",
          "notes",
          "relocations",
          "sysv_hash",
          "gnu_hash",
          "interpreter",
          "cloudabi",
          "syscalls",
          "diagnostics");

  static List<Corpus.Entry> corpus() {
    return Corpus.all();
  }

  private static ElfReport report(Path path, ReportOptions options) throws Exception {
    return ElfReport.of(path.toString(), ElfFile.parse(path, ElfParseLimits.defaults()), options);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(ElfReport report) {
    return (Map<String, Object>) MiniJson.parse(ElfJsonWriter.toJson(report));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  @SuppressWarnings("unchecked")
  void everyCorpusFileGivesWellFormedJsonWithTheDocumentedFields(Corpus.Entry entry)
      throws Exception {
    ElfReport report = report(entry.path(), ReportOptions.defaults().withRelocations(true));
    Map<String, Object> json = json(report);

    assertThat(json.keySet()).containsExactlyElementsOf(TOP_LEVEL);
    assertThat(json.get("format")).isEqualTo(ElfJsonWriter.FORMAT);
    assertThat((List<Object>) json.get("sections")).hasSameSizeAs(report.sections());
    assertThat((List<Object>) json.get("program_headers")).hasSameSizeAs(report.programHeaders());
    Map<String, Object> header = (Map<String, Object>) json.get("header");
    assertThat(header.get("e_machine")).isEqualTo((long) report.header().e_machine());
    assertThat(header.get("e_entry")).isEqualTo(report.header().e_entry());
  }

  @Test
  @SuppressWarnings("unchecked")
  void theJsonOfACloudlibcStyleProgramCarriesTheAnalyses() throws Exception {
    Path program = Corpus.syscallPrograms().get(2).path();
    ElfReport report =
        report(
            program,
            ReportOptions.defaults()
                .withDisassembler(new ObjdumpDisassembler(program))
                .withProvidedSyscalls(CloudAbiSyscalls.CURRENT));
    Map<String, Object> json = json(report);

    Map<String, Object> cloudabi = (Map<String, Object>) json.get("cloudabi");
    assertThat(cloudabi.get("verdict")).isEqualTo("RUNNABLE");
    assertThat(cloudabi.get("arch")).isEqualTo("x86_64");
    assertThat(cloudabi.get("load_model")).isEqualTo("POSITION_INDEPENDENT");
    Map<String, Object> syscalls = (Map<String, Object>) json.get("syscalls");
    assertThat(syscalls.get("carries_whole_table")).isEqualTo(true);
    assertThat((List<Object>) syscalls.get("carried")).hasSize(49);
    assertThat(syscalls.get("reached"))
        .isEqualTo(List.of("clock_time_get", "fd_write", "proc_exit"));
    Map<String, Object> compatibility = (Map<String, Object>) syscalls.get("compatibility");
    assertThat(compatibility.get("verdict")).isEqualTo("RUNNABLE");
    Map<String, Object> symtab = (Map<String, Object>) json.get("symtab");
    assertThat((List<Map<String, Object>>) symtab.get("symbols"))
        .anySatisfy(s -> assertThat(s.get("name")).isEqualTo("cloudabi_sys_fd_write"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void versionedDynamicSymbolsAndNotesAppearInTheJson() throws Exception {
    Map<String, Object> json = json(report(Path.of("/usr/bin/true"), ReportOptions.defaults()));

    Map<String, Object> dynsym = (Map<String, Object>) json.get("dynsym");
    assertThat((List<Map<String, Object>>) dynsym.get("symbols"))
        .anySatisfy(
            s -> assertThat((Map<String, Object>) s.get("version")).containsEntry("needed", true));
    assertThat((List<Map<String, Object>>) json.get("notes"))
        .anySatisfy(n -> assertThat(n).containsKey("build_id"));
    assertThat(json.get("interpreter")).asString().contains("ld-linux");
  }

  @Test
  void withoutSymbolListingOnlyCountsAreWritten() throws Exception {
    String text =
        ElfJsonWriter.toJson(
            report(Corpus.cloudAbi().get(2).path(), ReportOptions.defaults().withSymbols(false)));
    assertThat(text).contains("\"count\"").doesNotContain("\"st_value\"");
  }

  @Test
  void theTextReportNamesTheVerdictFindingsAndSyscalls() throws Exception {
    String text =
        ElfTextReport.format(
            report(Corpus.syscallPrograms().get(0).path(), ReportOptions.defaults()));

    assertThat(text)
        .contains("OS/ABI ELFOSABI_CLOUDABI")
        .contains("CloudABI: RUNNABLE (i686, FIXED_ADDRESS)")
        .contains("fixed-address")
        .contains("Syscalls: carries the whole table, final ABI (49 names)")
        .contains(".text")
        .contains("Diagnostics: 0");
  }

  @Test
  void stringsAreEscaped() {
    var bytes = new java.io.ByteArrayOutputStream();
    new JsonOut(bytes, false).beginObject().field("s", "a\"b\\c\n\u0001").endObject().flush();
    String out = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(out).isEqualTo("{\"s\":\"a\\\"b\\\\c\\n\\u0001\"}");
    assertThat(MiniJson.parse(out)).isEqualTo(Map.of("s", "a\"b\\c\n\u0001"));
  }

  @Test
  void nonAsciiIsUtf8AndStringsMayOutgrowTheBuffer() {
    String big = "x".repeat(70_000) + "é";
    var bytes = new java.io.ByteArrayOutputStream();
    new JsonOut(bytes, true)
        .beginArray()
        .stringValue("é😀\u2028\uD800z")
        .stringValue(big)
        .number(-1)
        .endArray()
        .flush();
    assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("[\n  \"é😀\\u2028?z\",\n  \"" + big + "\",\n  18446744073709551615\n]");
  }
}
