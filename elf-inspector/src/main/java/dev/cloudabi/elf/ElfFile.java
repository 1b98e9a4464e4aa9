package dev.cloudabi.elf;

import dev.cloudabi.elf.constants.ProgramTypes;
import dev.cloudabi.elf.constants.SectionTypes;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * A parsed ELF file: the facade of this library. {@code parse} reads the file header, the program
 * headers and the section headers (with names) at once; every other table is decoded on first use
 * and cached. Damage never throws: it yields what could be read plus {@link #diagnostics()}.
 * Instances are safe to share between threads.
 */
public final class ElfFile {
  private static final int PN_XNUM = 0xffff;

  private final ElfInput in;
  private final ElfParseLimits limits;
  private final Diagnostics diagnostics;
  private final ElfHeader header;
  private final List<ProgramHeader> programHeaders;
  private final List<SectionHeader> sections;
  private final Lazy<Optional<SymbolTable>> symtab;
  private final Lazy<Optional<SymbolTable>> dynsym;
  private final Lazy<SymbolVersions> versions;
  private final Lazy<Optional<DynamicSection>> dynamic;
  private final Lazy<List<ElfNote>> notes;
  private final Lazy<List<RelocationSection>> relocations;
  private final Lazy<Optional<SysvHashTable>> sysvHash;
  private final Lazy<Optional<GnuHashTable>> gnuHash;
  private final Lazy<Optional<String>> interpreter;

  private ElfFile(ElfInput in, ElfParseLimits limits) {
    this.in = in;
    this.limits = limits;
    this.diagnostics = new Diagnostics(limits.maxDiagnostics());
    this.header = HeaderDecoder.decode(in, diagnostics);
    SectionHeaderDecoder.Raw raw = SectionHeaderDecoder.decodeRaw(in, header, limits, diagnostics);
    long phnum = header.e_phnum();
    if (phnum == PN_XNUM && !raw.headers().isEmpty()) {
      phnum = raw.headers().get(0).sh_info();
    }
    this.programHeaders = ProgramHeaderDecoder.decode(in, header, phnum, limits, diagnostics);
    this.sections = SectionHeaderDecoder.named(in, raw, limits, diagnostics);
    this.symtab = new Lazy<>(() -> decodeSymbols(SectionTypes.SHT_SYMTAB));
    this.dynsym = new Lazy<>(() -> decodeSymbols(SectionTypes.SHT_DYNSYM));
    this.versions = new Lazy<>(() -> VersionDecoder.decode(in, sections, limits, diagnostics));
    this.dynamic =
        new Lazy<>(() -> DynamicDecoder.decode(in, sections, programHeaders, limits, diagnostics));
    this.notes =
        new Lazy<>(() -> NoteDecoder.decode(in, sections, programHeaders, limits, diagnostics));
    this.relocations =
        new Lazy<>(
            () ->
                RelocationDecoder.decode(
                    in, header, sections, this::symbolsOfSection, limits, diagnostics));
    AddressMap addresses = new AddressMap(programHeaders);
    this.sysvHash =
        new Lazy<>(
            () -> HashTableDecoder.sysv(in, sections, dynamic(), addresses, limits, diagnostics));
    this.gnuHash =
        new Lazy<>(
            () ->
                HashTableDecoder.gnu(
                    in,
                    sections,
                    dynamic(),
                    addresses,
                    dynamicSymbolTable().map(t -> t.symbols().size()).orElse(0),
                    limits,
                    diagnostics));
    this.interpreter = new Lazy<>(this::decodeInterpreter);
  }

  /**
   * Maps {@code path} read-only and parses it. The mapping lives as long as this object is
   * reachable; the file is not read beyond what the tables you ask for need.
   *
   * @throws IOException when the file cannot be opened or mapped
   * @throws ElfFormatException when the file is not ELF at all
   */
  public static ElfFile parse(Path path, ElfParseLimits limits)
      throws IOException, ElfFormatException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      MemorySegment mapped =
          channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size(), Arena.ofAuto());
      return parse(mapped, limits);
    }
  }

  /** Parses bytes in memory; the array is used in place, not copied. */
  public static ElfFile parse(byte[] bytes, ElfParseLimits limits) throws ElfFormatException {
    return parse(MemorySegment.ofArray(bytes), limits);
  }

  /** Parses the buffer's bytes from its position to its limit, in place. */
  public static ElfFile parse(ByteBuffer bytes, ElfParseLimits limits) throws ElfFormatException {
    return parse(MemorySegment.ofBuffer(bytes), limits);
  }

  /** Parses a memory segment, in place. */
  public static ElfFile parse(MemorySegment bytes, ElfParseLimits limits)
      throws ElfFormatException {
    return new ElfFile(HeaderDecoder.open(bytes), limits);
  }

  public ElfHeader header() {
    return header;
  }

  public ElfParseLimits limits() {
    return limits;
  }

  /** Bytes in the input. */
  public long fileSize() {
    return in.size();
  }

  public List<ProgramHeader> programHeaders() {
    return programHeaders;
  }

  public List<SectionHeader> sections() {
    return sections;
  }

  /** The first section with this name. */
  public Optional<SectionHeader> section(String name) {
    for (SectionHeader s : sections) {
      if (s.name().equals(name)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Sections of one {@code sh_type}, in table order. */
  public List<SectionHeader> sectionsOfType(long shType) {
    List<SectionHeader> out = new ArrayList<>();
    for (SectionHeader s : sections) {
      if (s.sh_type() == shType) {
        out.add(s);
      }
    }
    return out;
  }

  /** Program headers of one {@code p_type}, in table order. */
  public List<ProgramHeader> segmentsOfType(long pType) {
    List<ProgramHeader> out = new ArrayList<>();
    for (ProgramHeader p : programHeaders) {
      if (p.p_type() == pType) {
        out.add(p);
      }
    }
    return out;
  }

  /** The {@code PT_TLS} segment. */
  public Optional<ProgramHeader> tlsSegment() {
    return segmentsOfType(ProgramTypes.PT_TLS).stream().findFirst();
  }

  /** The full symbol table ({@code .symtab}), absent in stripped files. */
  public Optional<SymbolTable> symbolTable() {
    return symtab.get();
  }

  /** The dynamic symbol table ({@code .dynsym}), with symbol versions where present. */
  public Optional<SymbolTable> dynamicSymbolTable() {
    return dynsym.get();
  }

  /** The dynamic array, from {@code SHT_DYNAMIC} or else {@code PT_DYNAMIC}. */
  public Optional<DynamicSection> dynamic() {
    return dynamic.get();
  }

  /** Every note of the {@code SHT_NOTE} sections (or of the {@code PT_NOTE} segments). */
  public List<ElfNote> notes() {
    return notes.get();
  }

  /** Every {@code SHT_REL}, {@code SHT_RELA} and {@code SHT_RELR} section, decoded. */
  public List<RelocationSection> relocations() {
    return relocations.get();
  }

  public Optional<SysvHashTable> sysvHashTable() {
    return sysvHash.get();
  }

  public Optional<GnuHashTable> gnuHashTable() {
    return gnuHash.get();
  }

  /** The program interpreter named by {@code PT_INTERP}. */
  public Optional<String> interpreter() {
    return interpreter.get();
  }

  /** The GNU build ID, when a note carries one. */
  public Optional<String> buildId() {
    for (ElfNote note : notes()) {
      if (note.content() instanceof NoteContent.BuildId id) {
        return Optional.of(id.hex());
      }
    }
    return Optional.empty();
  }

  /** GNU symbol versions ({@code .gnu.version}, {@code _d}, {@code _r}); empty when absent. */
  public SymbolVersions symbolVersions() {
    return versions.get();
  }

  /** The findings so far. Tables decoded later may add more; call after touching what you need. */
  public List<ElfDiagnostic> diagnostics() {
    return diagnostics.snapshot();
  }

  /** The bytes of a section, clamped to the file; empty for {@code SHT_NOBITS}. */
  public Optional<ByteBuffer> sectionData(SectionHeader section) {
    if (!section.hasFileData() || !in.contains(section.sh_offset(), 0)) {
      return Optional.empty();
    }
    long length = Math.min(section.sh_size(), in.size() - section.sh_offset());
    if (length < 0) {
      length = in.size() - section.sh_offset();
    }
    return Optional.of(
        in.slice(section.sh_offset(), length).asByteBuffer().order(header.byteOrder()));
  }

  /** The bytes of a segment's file image ({@code p_offset}, {@code p_filesz}), clamped. */
  public Optional<ByteBuffer> segmentData(ProgramHeader segment) {
    if (!in.contains(segment.p_offset(), 0)) {
      return Optional.empty();
    }
    long length = Math.min(segment.p_filesz(), in.size() - segment.p_offset());
    if (length < 0) {
      length = in.size() - segment.p_offset();
    }
    return Optional.of(
        in.slice(segment.p_offset(), length).asByteBuffer().order(header.byteOrder()));
  }

  /** The symbols of the symbol table at a section index (for relocations' {@code sh_link}). */
  private List<ElfSymbol> symbolsOfSection(int index) {
    for (Optional<SymbolTable> table : List.of(symbolTable(), dynamicSymbolTable())) {
      if (table.isPresent() && table.get().section().index() == index) {
        return table.get().symbols();
      }
    }
    return List.of();
  }

  private Optional<String> decodeInterpreter() {
    for (ProgramHeader p : segmentsOfType(ProgramTypes.PT_INTERP)) {
      String path =
          in.contains(p.p_offset(), 1)
              ? in.cString(p.p_offset(), p.p_offset() + p.p_filesz(), limits.maxStringLength())
              : null;
      if (path == null) {
        diagnostics.add(
            p.fileOffset(),
            "PT_INTERP",
            "the interpreter path is not a NUL-terminated string inside the file");
        return Optional.of("");
      }
      return Optional.of(path);
    }
    return Optional.empty();
  }

  private Optional<SymbolTable> decodeSymbols(long type) {
    List<SectionHeader> tables = sectionsOfType(type);
    if (tables.isEmpty()) {
      return Optional.empty();
    }
    if (tables.size() > 1) {
      diagnostics.add(
          tables.get(1).fileOffset(),
          "sh_type",
          tables.size()
              + " sections of type "
              + SectionTypes.GENERIC.name(type)
              + "; only the first is used");
    }
    IntFunction<Optional<SymbolVersion>> version =
        type == SectionTypes.SHT_DYNSYM ? symbolVersions()::forSymbol : i -> Optional.empty();
    return Optional.of(
        SymbolDecoder.decode(in, tables.get(0), sections, version, limits, diagnostics));
  }
}
