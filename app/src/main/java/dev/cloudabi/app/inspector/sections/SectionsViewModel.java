package dev.cloudabi.app.inspector.sections;

import dev.cloudabi.app.binary.ByteRange;
import dev.cloudabi.app.binary.Hex;
import dev.cloudabi.app.inspector.InspectorContext;
import dev.cloudabi.elf.ProgramHeader;
import dev.cloudabi.elf.SectionHeader;
import dev.cloudabi.elf.constants.ProgramTypes;
import dev.cloudabi.elf.constants.SectionFlags;
import dev.cloudabi.elf.constants.SectionTypes;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;

/** The section and program header tables, searchable, and what selecting a row highlights. */
public final class SectionsViewModel {
  private final InspectorContext context;
  private final StringProperty search = new SimpleStringProperty("");
  private final FilteredList<SectionHeader> sections;
  private final FilteredList<ProgramHeader> segments;

  public SectionsViewModel(InspectorContext context) {
    this.context = context;
    this.sections =
        new FilteredList<>(FXCollections.observableArrayList(context.document().elf().sections()));
    this.segments =
        new FilteredList<>(
            FXCollections.observableArrayList(context.document().elf().programHeaders()));
    search.addListener((obs, old, text) -> applySearch(text));
  }

  public StringProperty search() {
    return search;
  }

  public FilteredList<SectionHeader> sections() {
    return sections;
  }

  public FilteredList<ProgramHeader> segments() {
    return segments;
  }

  public static String typeName(SectionHeader s) {
    return SectionTypes.GENERIC.name(s.sh_type());
  }

  public static String flags(SectionHeader s) {
    return SectionFlags.FLAGS.names(s.sh_flags());
  }

  public static String typeName(ProgramHeader p) {
    return ProgramTypes.GENERIC.name(p.p_type());
  }

  public static String flags(ProgramHeader p) {
    return (p.isReadable() ? "R" : "-")
        + (p.isWritable() ? "W" : "-")
        + (p.isExecutable() ? "X" : "-");
  }

  /** The bytes of a section: its data, or its header entry when it has none in the file. */
  public ByteRange range(SectionHeader s) {
    long size = context.document().elf().fileSize();
    String label = "section " + (s.name().isEmpty() ? "#" + s.index() : s.name());
    if (s.hasFileData() && s.sh_offset() < size) {
      return new ByteRange(s.sh_offset(), s.sh_size(), label).clampTo(size);
    }
    return new ByteRange(s.fileOffset(), s.size(), label + " (header)").clampTo(size);
  }

  public ByteRange range(ProgramHeader p) {
    long size = context.document().elf().fileSize();
    String label = "segment " + p.index() + " " + typeName(p);
    if (p.p_filesz() > 0 && p.p_offset() < size) {
      return new ByteRange(p.p_offset(), p.p_filesz(), label).clampTo(size);
    }
    return new ByteRange(p.fileOffset(), p.size(), label + " (header)").clampTo(size);
  }

  /** Selecting a row highlights its bytes for the hex view. */
  public void select(SectionHeader s) {
    if (s != null) {
      context.state().highlight().set(range(s));
    }
  }

  public void select(ProgramHeader p) {
    if (p != null) {
      context.state().highlight().set(range(p));
    }
  }

  /** Highlights and brings the hex view to the section. */
  public void open(SectionHeader s) {
    context.showBytes(range(s));
  }

  public void open(ProgramHeader p) {
    context.showBytes(range(p));
  }

  private void applySearch(String text) {
    String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    if (needle.isEmpty()) {
      sections.setPredicate(null);
      segments.setPredicate(null);
      return;
    }
    sections.setPredicate(
        s ->
            s.name().toLowerCase(Locale.ROOT).contains(needle)
                || typeName(s).toLowerCase(Locale.ROOT).contains(needle)
                || Hex.of(s.sh_addr()).contains(needle));
    segments.setPredicate(
        p ->
            typeName(p).toLowerCase(Locale.ROOT).contains(needle)
                || flags(p).toLowerCase(Locale.ROOT).contains(needle)
                || Hex.of(p.p_vaddr()).contains(needle));
  }
}
