package dev.cloudabi.app.inspector.overview;

import dev.cloudabi.app.binary.BinaryDocument;
import dev.cloudabi.app.binary.ByteRange;
import dev.cloudabi.app.binary.FieldLayout;
import dev.cloudabi.app.binary.Finding;
import dev.cloudabi.app.inspector.InspectorContext;
import dev.cloudabi.elf.ElfHeader;
import dev.cloudabi.elf.analysis.CloudAbiArch;
import dev.cloudabi.elf.constants.Idents;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The overview of a binary: its identity, the CloudABI findings and the verdict. */
public final class OverviewViewModel {
  private final InspectorContext context;
  private final List<Fact> facts;

  public OverviewViewModel(InspectorContext context) {
    this.context = context;
    this.facts = facts(context.document());
  }

  public String title() {
    return context.document().path().toString();
  }

  public List<Fact> facts() {
    return facts;
  }

  public List<Finding> findings() {
    return context.document().findings();
  }

  public String verdict() {
    return context.document().verdict();
  }

  public boolean runnable() {
    return context.document().report().isRunnable();
  }

  /** Highlights the bytes of a fact or a finding's evidence and brings the hex view to them. */
  public void show(Optional<ByteRange> bytes) {
    bytes.ifPresent(context::showBytes);
  }

  private static List<Fact> facts(BinaryDocument doc) {
    ElfHeader h = doc.elf().header();
    FieldLayout layout = FieldLayout.header(h.is64());
    List<Fact> out = new ArrayList<>();
    String arch =
        CloudAbiArch.forMachine(h.e_machine())
            .map(CloudAbiArch::triple)
            .orElse("not a CloudABI target");
    out.add(fact(layout, "Architecture", arch + " (" + h.machineName() + ")", "e_machine"));
    out.add(fact(layout, "Class", Idents.CLASS.name(h.ei_class()), "EI_CLASS"));
    out.add(
        fact(
            layout,
            "Endianness",
            h.ei_data() == Idents.ELFDATA2LSB
                ? "little-endian"
                : h.ei_data() == Idents.ELFDATA2MSB
                    ? "big-endian"
                    : "invalid (" + h.ei_data() + ")",
            "EI_DATA"));
    out.add(fact(layout, "Type", h.typeName(), "e_type"));
    out.add(fact(layout, "Entry", String.format("0x%x", h.e_entry()), "e_entry"));
    out.add(fact(layout, "OS/ABI", h.osabiName() + " (" + h.ei_osabi() + ")", "EI_OSABI"));
    out.add(fact(layout, "Flags", String.format("0x%x", h.e_flags()), "e_flags"));
    out.add(
        new Fact(
            "Load model",
            doc.report().loadModel().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
            Optional.empty()));
    out.add(
        new Fact("File size", String.format("%,d bytes", doc.elf().fileSize()), Optional.empty()));
    out.add(
        new Fact(
            "Tables",
            doc.elf().programHeaders().size()
                + " program headers, "
                + doc.elf().sections().size()
                + " sections, "
                + doc.symbols().size()
                + " symbols, "
                + doc.relocations().size()
                + " relocations",
            Optional.empty()));
    doc.elf().buildId().ifPresent(id -> out.add(new Fact("Build ID", id, Optional.empty())));
    return List.copyOf(out);
  }

  private static Fact fact(FieldLayout layout, String name, String value, String field) {
    return new Fact(
        name,
        value,
        layout.field(field).map(f -> new ByteRange(f.offset(), f.size(), "ELF header " + field)));
  }
}
