package dev.cloudabi.elf;

import static dev.cloudabi.elf.testing.LlvmReadelf.number;
import static dev.cloudabi.elf.testing.LlvmReadelf.raw;
import static dev.cloudabi.elf.testing.LlvmReadelf.value;

import dev.cloudabi.elf.constants.SymbolInfo;
import dev.cloudabi.elf.testing.Corpus;
import dev.cloudabi.elf.testing.LlvmReadelf;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Compares our model with llvm-readelf-14 on every corpus file. */
class GoldenReadelfTest {
  static List<Corpus.Entry> corpus() {
    return Corpus.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void headerSectionsSegmentsAndSymbolsMatchLlvmReadelf(Corpus.Entry entry) throws Exception {
    ElfFile elf = ElfFile.parse(entry.path(), ElfParseLimits.defaults());
    LlvmReadelf golden = LlvmReadelf.of(entry.path());
    SoftAssertions soft = new SoftAssertions();

    Map<String, Object> h = golden.header();
    soft.assertThat((long) elf.header().e_machine())
        .as("e_machine")
        .isEqualTo(raw(h.get("Machine")));
    soft.assertThat(elf.header().e_entry()).as("e_entry").isEqualTo(number(h.get("Entry")));
    soft.assertThat(elf.header().e_phoff())
        .as("e_phoff")
        .isEqualTo(number(h.get("ProgramHeaderOffset")));
    soft.assertThat(elf.header().e_shoff())
        .as("e_shoff")
        .isEqualTo(number(h.get("SectionHeaderOffset")));
    soft.assertThat(elf.header().e_flags()).as("e_flags").isEqualTo(raw(h.get("Flags")));

    List<Map<String, Object>> sections = golden.sections();
    soft.assertThat(elf.sections()).as("section count").hasSameSizeAs(sections);
    for (int i = 0; i < Math.min(sections.size(), elf.sections().size()); i++) {
      Map<String, Object> g = sections.get(i);
      SectionHeader s = elf.sections().get(i);
      String at = entry + " section " + i + " ";
      soft.assertThat(s.name()).as(at + "name").isEqualTo(value(g.get("Name")));
      soft.assertThat(s.sh_type()).as(at + "sh_type").isEqualTo(raw(g.get("Type")));
      soft.assertThat(s.sh_flags()).as(at + "sh_flags").isEqualTo(raw(g.get("Flags")));
      soft.assertThat(s.sh_addr()).as(at + "sh_addr").isEqualTo(number(g.get("Address")));
      soft.assertThat(s.sh_offset()).as(at + "sh_offset").isEqualTo(number(g.get("Offset")));
      soft.assertThat(s.sh_size()).as(at + "sh_size").isEqualTo(number(g.get("Size")));
      soft.assertThat(s.sh_link()).as(at + "sh_link").isEqualTo(number(g.get("Link")));
      soft.assertThat(s.sh_info()).as(at + "sh_info").isEqualTo(number(g.get("Info")));
      soft.assertThat(s.sh_addralign())
          .as(at + "sh_addralign")
          .isEqualTo(number(g.get("AddressAlignment")));
      soft.assertThat(s.sh_entsize()).as(at + "sh_entsize").isEqualTo(number(g.get("EntrySize")));
    }

    List<Map<String, Object>> segments = golden.programHeaders();
    soft.assertThat(elf.programHeaders()).as("segment count").hasSameSizeAs(segments);
    for (int i = 0; i < Math.min(segments.size(), elf.programHeaders().size()); i++) {
      Map<String, Object> g = segments.get(i);
      ProgramHeader p = elf.programHeaders().get(i);
      String at = entry + " segment " + i + " ";
      soft.assertThat(p.p_type()).as(at + "p_type").isEqualTo(raw(g.get("Type")));
      soft.assertThat(p.p_offset()).as(at + "p_offset").isEqualTo(number(g.get("Offset")));
      soft.assertThat(p.p_vaddr()).as(at + "p_vaddr").isEqualTo(number(g.get("VirtualAddress")));
      soft.assertThat(p.p_paddr()).as(at + "p_paddr").isEqualTo(number(g.get("PhysicalAddress")));
      soft.assertThat(p.p_filesz()).as(at + "p_filesz").isEqualTo(number(g.get("FileSize")));
      soft.assertThat(p.p_memsz()).as(at + "p_memsz").isEqualTo(number(g.get("MemSize")));
      soft.assertThat(p.p_flags()).as(at + "p_flags").isEqualTo(raw(g.get("Flags")));
      soft.assertThat(p.p_align()).as(at + "p_align").isEqualTo(number(g.get("Alignment")));
    }

    compareSymbols(
        soft,
        entry + " .symtab",
        elf,
        elf.symbolTable().map(SymbolTable::symbols).orElse(List.of()),
        golden.symbols());
    compareSymbols(
        soft,
        entry + " .dynsym",
        elf,
        elf.dynamicSymbolTable().map(SymbolTable::symbols).orElse(List.of()),
        golden.dynamicSymbols());
    soft.assertThat(elf.diagnostics()).as(entry + " diagnostics").isEmpty();
    soft.assertAll();
  }

  private static String versionSuffix(ElfSymbol s) {
    return s.version()
        .filter(v -> v.index() > 1 && !v.name().isEmpty())
        .map(v -> (v.needed() || v.hidden() ? "@" : "@@") + v.name())
        .orElse("");
  }

  private static void compareSymbols(
      SoftAssertions soft,
      String table,
      ElfFile elf,
      List<ElfSymbol> ours,
      List<Map<String, Object>> golden) {
    soft.assertThat(ours).as(table + " count").hasSameSizeAs(golden);
    for (int i = 0; i < Math.min(ours.size(), golden.size()); i++) {
      ElfSymbol s = ours.get(i);
      Map<String, Object> g = golden.get(i);
      String at = table + "[" + i + "] ";
      String goldenName = value(g.get("Name"));
      // llvm-readelf appends @VERSION / @@VERSION and names section symbols after their section.
      String expected = goldenName;
      String actual = s.name() + versionSuffix(s);
      if (s.type() == SymbolInfo.STT_SECTION
          && actual.isEmpty()
          && s.st_shndx() < elf.sections().size()) {
        actual = elf.sections().get(s.st_shndx()).name();
      }
      soft.assertThat(actual).as(at + "name").isEqualTo(expected);
      soft.assertThat(s.st_name()).as(at + "st_name").isEqualTo(raw(g.get("Name")));
      soft.assertThat(s.st_value()).as(at + "st_value").isEqualTo(number(g.get("Value")));
      soft.assertThat(s.st_size()).as(at + "st_size").isEqualTo(number(g.get("Size")));
      soft.assertThat((long) s.bind()).as(at + "bind").isEqualTo(raw(g.get("Binding")));
      soft.assertThat((long) s.type()).as(at + "type").isEqualTo(raw(g.get("Type")));
      soft.assertThat((long) s.st_shndx()).as(at + "st_shndx").isEqualTo(raw(g.get("Section")));
    }
  }
}
