package dev.cloudabi.elf.report;

import dev.cloudabi.elf.DynamicEntry;
import dev.cloudabi.elf.ElfDiagnostic;
import dev.cloudabi.elf.ElfHeader;
import dev.cloudabi.elf.ElfNote;
import dev.cloudabi.elf.ElfSymbol;
import dev.cloudabi.elf.NoteContent;
import dev.cloudabi.elf.ProgramHeader;
import dev.cloudabi.elf.Relocation;
import dev.cloudabi.elf.RelocationSection;
import dev.cloudabi.elf.SectionHeader;
import dev.cloudabi.elf.SymbolTable;
import dev.cloudabi.elf.VersionDefinition;
import dev.cloudabi.elf.VersionRequirement;
import dev.cloudabi.elf.constants.ConstantRegistry;
import dev.cloudabi.elf.constants.ElfConstant;
import dev.cloudabi.elf.constants.FlagRegistry;
import dev.cloudabi.elf.constants.Idents;
import dev.cloudabi.elf.constants.ProgramTypes;
import dev.cloudabi.elf.constants.SectionFlags;
import dev.cloudabi.elf.constants.SectionTypes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Writes an {@link ElfReport} as JSON with the stable field names listed in {@code
 * elf-inspector/README.md}: spec names for raw fields ({@code e_machine}, {@code sh_flags}), plain
 * names for decoded ones ({@code machine}, {@code flags}). Integers are unsigned decimal (64-bit
 * values may exceed 2^53); every structure carries its {@code file_offset}.
 */
public final class ElfJsonWriter {
  /** The value of the top-level {@code format} field; changes when a field changes meaning. */
  public static final String FORMAT = "cloudabi-elf-report/1";

  private ElfJsonWriter() {}

  public static String toJson(ElfReport report) {
    StringBuilder out = new StringBuilder();
    write(report, out, true);
    return out.append('\n').toString();
  }

  public static void write(ElfReport report, Appendable destination, boolean pretty) {
    var bytes = new ByteArrayOutputStream();
    writeUtf8(report, bytes, pretty);
    try {
      destination.append(bytes.toString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the report as UTF-8 to {@code destination} in large blocks (the fast way for reports of
   * big files) and flushes it.
   *
   * @throws UncheckedIOException when the stream fails
   */
  public static void writeUtf8(ElfReport report, OutputStream destination, boolean pretty) {
    JsonOut out = new JsonOut(destination, pretty);
    int machine = report.header().e_machine();
    out.beginObject().field("format", FORMAT).field("file", report.file());
    out.field("file_size", report.fileSize());
    header(out, report.header());
    out.name("program_headers").beginArray();
    for (ProgramHeader p : report.programHeaders()) {
      programHeader(out, p, ProgramTypes.forMachine(machine));
    }
    out.endArray();
    out.name("sections").beginArray();
    for (SectionHeader s : report.sections()) {
      section(out, s, SectionTypes.forMachine(machine));
    }
    out.endArray();
    symbols(out, "symtab", report.symbols(), report.options().symbols());
    symbols(out, "dynsym", report.dynamicSymbols(), report.options().symbols());
    versions(out, report);
    dynamic(out, report);
    notes(out, report);
    relocations(out, report);
    AnalysisJson.hashTables(out, report);
    if (report.interpreter().isPresent()) {
      out.field("interpreter", report.interpreter().get());
    } else {
      out.nullField("interpreter");
    }
    AnalysisJson.cloudabi(out, report.cloudabi());
    AnalysisJson.syscalls(out, report);
    out.name("diagnostics").beginArray();
    for (ElfDiagnostic d : report.diagnostics()) {
      out.beginObject()
          .field("offset", d.offset())
          .field("field", d.field())
          .field("message", d.message())
          .endObject();
    }
    out.endArray().endObject();
    out.flush();
  }

  private static void header(JsonOut out, ElfHeader h) {
    out.name("header").beginObject();
    out.field("ei_class", h.ei_class()).field("class", Idents.CLASS.name(h.ei_class()));
    out.field("ei_data", h.ei_data()).field("data", Idents.DATA.name(h.ei_data()));
    out.field("ei_version", h.ei_version());
    out.field("ei_osabi", h.ei_osabi()).field("osabi", h.osabiName());
    out.field("ei_abiversion", h.ei_abiversion());
    out.field("e_type", h.e_type()).field("type", h.typeName());
    out.field("e_machine", h.e_machine()).field("machine", h.machineName());
    out.field("e_version", h.e_version()).field("e_entry", h.e_entry());
    out.field("e_phoff", h.e_phoff()).field("e_shoff", h.e_shoff());
    out.field("e_flags", h.e_flags()).field("e_ehsize", h.e_ehsize());
    out.field("e_phentsize", h.e_phentsize()).field("e_phnum", h.e_phnum());
    out.field("e_shentsize", h.e_shentsize()).field("e_shnum", h.e_shnum());
    out.field("e_shstrndx", h.e_shstrndx());
    out.field("file_offset", h.fileOffset()).field("size", h.size());
    out.endObject();
  }

  private static void programHeader(JsonOut out, ProgramHeader p, ConstantRegistry types) {
    out.beginObject().field("index", p.index());
    out.field("p_type", p.p_type()).field("type", types.name(p.p_type()));
    out.field("p_flags", p.p_flags());
    flags(out, ProgramTypes.FLAGS, p.p_flags());
    out.field("p_offset", p.p_offset()).field("p_vaddr", p.p_vaddr());
    out.field("p_paddr", p.p_paddr()).field("p_filesz", p.p_filesz());
    out.field("p_memsz", p.p_memsz()).field("p_align", p.p_align());
    out.field("file_offset", p.fileOffset()).field("size", p.size()).endObject();
  }

  private static void section(JsonOut out, SectionHeader s, ConstantRegistry types) {
    out.beginObject().field("index", s.index()).field("name", s.name());
    out.field("sh_name", s.sh_name());
    out.field("sh_type", s.sh_type()).field("type", types.name(s.sh_type()));
    out.field("sh_flags", s.sh_flags());
    flags(out, SectionFlags.FLAGS, s.sh_flags());
    out.field("sh_addr", s.sh_addr()).field("sh_offset", s.sh_offset());
    out.field("sh_size", s.sh_size()).field("sh_link", s.sh_link());
    out.field("sh_info", s.sh_info()).field("sh_addralign", s.sh_addralign());
    out.field("sh_entsize", s.sh_entsize());
    out.field("file_offset", s.fileOffset()).field("size", s.size()).endObject();
  }

  private static void flags(JsonOut out, FlagRegistry registry, long value) {
    out.name("flags").beginArray();
    for (ElfConstant c : registry.flagsIn(value)) {
      out.stringValue(c.name());
    }
    out.endArray();
  }

  private static void symbols(
      JsonOut out, String key, Optional<SymbolTable> table, boolean listed) {
    if (table.isEmpty()) {
      out.nullField(key);
      return;
    }
    SymbolTable t = table.get();
    out.name(key).beginObject();
    out.field("section", t.section().index()).field("count", t.symbols().size());
    if (listed) {
      out.name("symbols").beginArray();
      for (ElfSymbol s : t.symbols()) {
        symbol(out, s);
      }
      out.endArray();
    }
    out.endObject();
  }

  private static void symbol(JsonOut out, ElfSymbol s) {
    out.beginObject().field("index", s.index()).field("name", s.name());
    out.field("st_name", s.st_name()).field("st_value", s.st_value());
    out.field("st_size", s.st_size()).field("st_info", s.st_info());
    out.field("bind", s.bindName()).field("type", s.typeName());
    out.field("st_other", s.st_other()).field("visibility", s.visibilityName());
    out.field("st_shndx", s.st_shndx());
    if (s.version().isPresent()) {
      var v = s.version().get();
      out.name("version").beginObject().field("index", v.index()).field("name", v.name());
      out.field("hidden", v.hidden()).field("needed", v.needed()).endObject();
    }
    out.field("file_offset", s.fileOffset()).field("size", s.size()).endObject();
  }

  private static void versions(JsonOut out, ElfReport report) {
    out.name("version_definitions").beginArray();
    for (VersionDefinition d : report.versions().definitions()) {
      out.beginObject().field("vd_ndx", d.vd_ndx()).field("vd_flags", d.vd_flags());
      out.field("name", d.name()).name("parents").beginArray();
      d.parents().forEach(out::stringValue);
      out.endArray().field("file_offset", d.fileOffset()).field("size", d.size()).endObject();
    }
    out.endArray();
    out.name("version_requirements").beginArray();
    for (VersionRequirement r : report.versions().requirements()) {
      out.beginObject().field("file", r.file()).field("name", r.name());
      out.field("vna_other", r.vna_other()).field("vna_flags", r.vna_flags());
      out.field("file_offset", r.fileOffset()).field("size", r.size()).endObject();
    }
    out.endArray();
  }

  private static void dynamic(JsonOut out, ElfReport report) {
    if (report.dynamic().isEmpty()) {
      out.nullField("dynamic");
      return;
    }
    out.name("dynamic").beginArray();
    for (DynamicEntry e : report.dynamic().get().entries()) {
      out.beginObject().field("index", e.index());
      out.field("d_tag", e.d_tag()).field("tag", e.tagName()).field("d_val", e.d_val());
      if (e.string().isPresent()) {
        out.field("string", e.string().get());
      }
      out.field("file_offset", e.fileOffset()).field("size", e.size()).endObject();
    }
    out.endArray();
  }

  private static void notes(JsonOut out, ElfReport report) {
    out.name("notes").beginArray();
    for (ElfNote n : report.notes()) {
      out.beginObject().field("container", n.container()).field("name", n.name());
      out.field("n_type", n.n_type()).field("type", n.typeName());
      out.field("n_descsz", n.n_descsz()).field("desc", n.descHex());
      switch (n.content()) {
        case NoteContent.BuildId id -> out.field("build_id", id.hex());
        case NoteContent.AbiTag tag ->
            out.name("abi_tag")
                .beginObject()
                .field("os", tag.os())
                .field("major", tag.major())
                .field("minor", tag.minor())
                .field("patch", tag.patch())
                .endObject();
        case NoteContent.Raw raw -> {}
      }
      out.field("file_offset", n.fileOffset()).field("size", n.size()).endObject();
    }
    out.endArray();
  }

  private static void relocations(JsonOut out, ElfReport report) {
    out.name("relocations").beginArray();
    for (RelocationSection rs : report.relocations()) {
      out.beginObject().field("section", rs.section().index());
      out.field("name", rs.section().name()).field("kind", rs.kind().name());
      out.field("entries", rs.entryCount()).field("count", rs.relocations().size());
      if (report.options().relocations()) {
        out.name("relocations").beginArray();
        for (Relocation r : rs.relocations()) {
          out.beginObject().field("r_offset", r.r_offset()).field("r_info", r.r_info());
          out.field("type", r.type()).field("type_name", rs.typeName(r.type()));
          out.field("symbol_index", r.symbolIndex()).field("symbol", r.symbolName());
          if (r.r_addend().isPresent()) {
            out.fieldSigned("r_addend", r.r_addend().getAsLong());
          }
          out.field("file_offset", r.fileOffset()).field("size", r.size()).endObject();
        }
        out.endArray();
      }
      out.endObject();
    }
    out.endArray();
  }
}
