package dev.cloudabi.elf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.elf.testing.Corpus;
import dev.cloudabi.elf.testing.Tools;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Relocations, the dynamic array, notes and the interpreter against llvm-readelf-14's GNU-style
 * output (its JSON output is not well-formed for these tables in version 14).
 */
class GoldenTablesTest {
  private static final Pattern RELOCATION_SECTION =
      Pattern.compile("^Relocation section '(.*)' at offset 0x[0-9a-f]+ contains (\\d+) entries:$");
  private static final Pattern DYNAMIC_ENTRY =
      Pattern.compile("^\\s+0x([0-9A-Fa-f]+)\\s+(\\S+)\\s+(.*)$");
  private static final Pattern NEEDED = Pattern.compile("Shared library: \\[(.*)]");
  private static final Pattern BUILD_ID = Pattern.compile("^\\s+Build ID: ([0-9a-f]+)$");
  private static final Pattern ABI_TAG =
      Pattern.compile("^\\s+OS: (\\S+), ABI: (\\d+)\\.(\\d+)\\.(\\d+)$");
  private static final Pattern INTERPRETER =
      Pattern.compile("\\[Requesting program interpreter: (.*)]");

  static List<Corpus.Entry> corpus() {
    return Corpus.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void relocationOffsetsAndTypeNamesMatchLlvmReadelf(Corpus.Entry entry) throws Exception {
    ElfFile elf = ElfFile.parse(entry.path(), ElfParseLimits.defaults());
    Map<String, List<String>> golden = relocationTypes(entry);
    Map<String, List<String>> ours = new LinkedHashMap<>();
    for (RelocationSection section : elf.relocations()) {
      List<String> types = new ArrayList<>();
      for (Relocation r : section.relocations()) {
        types.add(Long.toHexString(r.r_offset()) + " " + section.typeName(r.type()));
      }
      ours.put(section.section().name(), types);
    }
    assertThat(ours.keySet()).containsExactlyElementsOf(golden.keySet());
    SoftAssertions soft = new SoftAssertions();
    for (String name : golden.keySet()) {
      soft.assertThat(ours.get(name)).as(entry + " " + name).isEqualTo(golden.get(name));
    }
    soft.assertThat(elf.diagnostics()).as(entry + " diagnostics").isEmpty();
    soft.assertAll();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void dynamicNotesAndInterpreterMatchLlvmReadelf(Corpus.Entry entry) throws Exception {
    ElfFile elf = ElfFile.parse(entry.path(), ElfParseLimits.defaults());
    String dynamic = Tools.run(List.of(Tools.READELF, "-d", entry.path().toString()));
    List<Long> tags = new ArrayList<>();
    List<String> needed = new ArrayList<>();
    for (String line : dynamic.lines().toList()) {
      Matcher m = DYNAMIC_ENTRY.matcher(line);
      if (m.matches()) {
        tags.add(Long.parseUnsignedLong(m.group(1), 16));
        Matcher n = NEEDED.matcher(m.group(3));
        if (n.find()) {
          needed.add(n.group(1));
        }
      }
    }
    SoftAssertions soft = new SoftAssertions();
    List<Long> ourTags =
        elf.dynamic()
            .map(d -> d.entries().stream().map(DynamicEntry::d_tag).toList())
            .orElse(List.of());
    soft.assertThat(ourTags).as(entry + " d_tag").isEqualTo(tags);
    soft.assertThat(elf.dynamic().map(DynamicSection::needed).orElse(List.of()))
        .as(entry + " DT_NEEDED")
        .isEqualTo(needed);

    String notes = Tools.run(List.of(Tools.READELF, "-n", "-l", entry.path().toString()));
    String buildId = null;
    String abi = null;
    String interpreter = null;
    for (String line : notes.lines().toList()) {
      Matcher b = BUILD_ID.matcher(line);
      if (b.matches()) {
        buildId = b.group(1);
      }
      Matcher a = ABI_TAG.matcher(line);
      if (a.matches()) {
        abi = a.group(1) + " " + a.group(2) + "." + a.group(3) + "." + a.group(4);
      }
      Matcher i = INTERPRETER.matcher(line);
      if (i.find()) {
        interpreter = i.group(1);
      }
    }
    soft.assertThat(elf.buildId().orElse(null)).as(entry + " build id").isEqualTo(buildId);
    String ourAbi = null;
    for (ElfNote note : elf.notes()) {
      if (note.content() instanceof NoteContent.AbiTag t) {
        ourAbi = t.os() + " " + t.major() + "." + t.minor() + "." + t.patch();
      }
    }
    soft.assertThat(ourAbi).as(entry + " ABI tag").isEqualTo(abi);
    soft.assertThat(elf.interpreter().orElse(null))
        .as(entry + " interpreter")
        .isEqualTo(interpreter);
    soft.assertThat(elf.diagnostics()).as(entry + " diagnostics").isEmpty();
    soft.assertAll();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void everyDefinedDynamicSymbolIsFoundThroughTheHashTables(Corpus.Entry entry) throws Exception {
    ElfFile elf = ElfFile.parse(entry.path(), ElfParseLimits.defaults());
    List<ElfSymbol> symbols = elf.dynamicSymbolTable().map(SymbolTable::symbols).orElse(List.of());
    List<ElfSymbol> defined =
        symbols.stream().filter(s -> s.isDefined() && !s.name().isEmpty()).toList();
    elf.gnuHashTable()
        .ifPresent(
            table ->
                assertThat(defined)
                    .allSatisfy(
                        s -> assertThat(table.lookup(s.name(), symbols)).as(s.name()).isPresent()));
    elf.sysvHashTable()
        .ifPresent(
            table ->
                assertThat(defined)
                    .allSatisfy(
                        s -> assertThat(table.lookup(s.name(), symbols)).as(s.name()).isPresent()));
    if (elf.gnuHashTable().isPresent()) {
      assertThat(elf.gnuHashTable().get().lookup("no_such_symbol_here", symbols)).isEmpty();
    }
    assertThat(elf.diagnostics()).isEmpty();
  }

  private static Map<String, List<String>> relocationTypes(Corpus.Entry entry) {
    String text = Tools.run(List.of(Tools.READELF, "-r", entry.path().toString()));
    Map<String, List<String>> out = new LinkedHashMap<>();
    List<String> current = null;
    int expected = 0;
    for (String line : text.lines().toList()) {
      Matcher m = RELOCATION_SECTION.matcher(line);
      if (m.matches()) {
        current = new ArrayList<>();
        expected = Integer.parseInt(m.group(2));
        out.put(m.group(1), current);
      } else if (current != null && current.size() < expected && line.matches("^[0-9a-f]+\\s.*")) {
        String[] columns = line.trim().split("\\s+");
        current.add(Long.toHexString(Long.parseUnsignedLong(columns[0], 16)) + " " + columns[2]);
      }
    }
    return out;
  }
}
