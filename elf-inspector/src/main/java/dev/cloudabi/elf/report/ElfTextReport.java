package dev.cloudabi.elf.report;

import dev.cloudabi.elf.ElfDiagnostic;
import dev.cloudabi.elf.ElfHeader;
import dev.cloudabi.elf.ElfNote;
import dev.cloudabi.elf.NoteContent;
import dev.cloudabi.elf.ProgramHeader;
import dev.cloudabi.elf.RelocationSection;
import dev.cloudabi.elf.SectionHeader;
import dev.cloudabi.elf.analysis.Finding;
import dev.cloudabi.elf.constants.ConstantRegistry;
import dev.cloudabi.elf.constants.FileTypes;
import dev.cloudabi.elf.constants.Idents;
import dev.cloudabi.elf.constants.ProgramTypes;
import dev.cloudabi.elf.constants.SectionFlags;
import dev.cloudabi.elf.constants.SectionTypes;
import java.util.Formatter;

/** A readable summary of an {@link ElfReport}, for {@code cloudabi inspect} without --json. */
public final class ElfTextReport {
  private ElfTextReport() {}

  public static String format(ElfReport r) {
    StringBuilder sb = new StringBuilder();
    Formatter f = new Formatter(sb);
    ElfHeader h = r.header();
    f.format("File: %s (%d bytes)%n", r.file(), r.fileSize());
    f.format(
        "ELF: %s %s, %s (%s), %s, OS/ABI %s, entry 0x%x%n",
        Idents.CLASS.name(h.ei_class()),
        Idents.DATA.name(h.ei_data()),
        h.typeName(),
        FileTypes.REGISTRY.description(h.e_type()),
        h.machineName(),
        h.osabiName(),
        h.e_entry());
    programHeaders(f, r);
    sections(f, r);
    f.format(
        "Symbols: .symtab %s, .dynsym %s%n",
        r.symbols().map(t -> String.valueOf(t.symbols().size())).orElse("none"),
        r.dynamicSymbols().map(t -> String.valueOf(t.symbols().size())).orElse("none"));
    r.interpreter().ifPresent(i -> f.format("Interpreter: %s%n", i));
    r.dynamic()
        .ifPresent(
            d -> f.format("Dynamic: %d entries, needed %s%n", d.entries().size(), d.needed()));
    for (ElfNote n : r.notes()) {
      String text =
          switch (n.content()) {
            case NoteContent.BuildId id -> "build id " + id.hex();
            case NoteContent.AbiTag t ->
                "ABI " + t.os() + " " + t.major() + "." + t.minor() + "." + t.patch();
            case NoteContent.Raw raw -> n.descHexShort();
          };
      f.format("Note: %s %s %s: %s%n", n.container(), n.name(), n.typeName(), text);
    }
    for (RelocationSection rs : r.relocations()) {
      f.format(
          "Relocations: %s %s, %d entries%n",
          rs.section().name(), rs.kind(), rs.relocations().size());
    }
    f.format("CloudABI: %s", r.cloudabi().verdict());
    r.cloudabi().arch().ifPresent(a -> f.format(" (%s, %s)", a.triple(), r.cloudabi().loadModel()));
    f.format("%n");
    for (Finding finding : r.cloudabi().findings()) {
      f.format(
          "  %-7s %s: %s [%s]%n",
          finding.severity(), finding.code(), finding.message(), finding.evidence());
    }
    f.format("Syscalls: %s%n", r.syscalls().summary());
    if (!r.syscalls().carried().names().isEmpty()) {
      f.format("  carried: %s%n", String.join(" ", r.syscalls().carried().names()));
    }
    r.syscalls().reached().ifPresent(list -> f.format("  reached: %s%n", String.join(" ", list)));
    r.compatibility().ifPresent(c -> f.format("  runtime: %s, %s%n", c.verdict(), c.explanation()));
    f.format("Diagnostics: %d%n", r.diagnostics().size());
    for (ElfDiagnostic d : r.diagnostics()) {
      f.format("  %s%n", d);
    }
    return sb.toString();
  }

  private static void programHeaders(Formatter f, ElfReport r) {
    ConstantRegistry types = ProgramTypes.forMachine(r.header().e_machine());
    f.format("Program headers: %d%n", r.programHeaders().size());
    f.format(
        "  %-16s %-10s %-18s %-10s %-10s %-5s %s%n",
        "Type", "Offset", "VirtAddr", "FileSiz", "MemSiz", "Flg", "Align");
    for (ProgramHeader p : r.programHeaders()) {
      f.format(
          "  %-16s 0x%08x 0x%016x 0x%08x 0x%08x %-5s 0x%x%n",
          shortName(types.name(p.p_type()), "PT_"),
          p.p_offset(),
          p.p_vaddr(),
          p.p_filesz(),
          p.p_memsz(),
          (p.isReadable() ? "R" : " ")
              + (p.isWritable() ? "W" : " ")
              + (p.isExecutable() ? "E" : " "),
          p.p_align());
    }
  }

  private static void sections(Formatter f, ElfReport r) {
    ConstantRegistry types = SectionTypes.forMachine(r.header().e_machine());
    f.format("Sections: %d%n", r.sections().size());
    f.format(
        "  [Nr] %-20s %-14s %-18s %-10s %-10s %s%n",
        "Name", "Type", "Address", "Offset", "Size", "Flags");
    for (SectionHeader s : r.sections()) {
      f.format(
          "  [%2d] %-20s %-14s 0x%016x 0x%08x 0x%08x %s%n",
          s.index(),
          s.name(),
          shortName(types.name(s.sh_type()), "SHT_"),
          s.sh_addr(),
          s.sh_offset(),
          s.sh_size(),
          SectionFlags.FLAGS.names(s.sh_flags()).replace("SHF_", ""));
    }
  }

  private static String shortName(String name, String prefix) {
    return name.startsWith(prefix) ? name.substring(prefix.length()) : name;
  }
}
