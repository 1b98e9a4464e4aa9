package dev.cloudabi.app.binary;

import dev.cloudabi.app.demangle.ItaniumDemangler;
import dev.cloudabi.app.tasks.Progress;
import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.ElfFormatException;
import dev.cloudabi.elf.ElfParseLimits;
import dev.cloudabi.elf.ElfSymbol;
import dev.cloudabi.elf.RelocationSection;
import dev.cloudabi.elf.SymbolTable;
import dev.cloudabi.elf.analysis.CloudAbiAnalyzer;
import dev.cloudabi.elf.analysis.CloudAbiArch;
import dev.cloudabi.elf.analysis.CloudAbiReport;
import dev.cloudabi.elf.analysis.SyscallAnalyzer;
import dev.cloudabi.elf.analysis.SyscallImports;
import dev.cloudabi.elf.constants.FileTypes;
import dev.cloudabi.elf.constants.Machines;
import dev.cloudabi.elf.disasm.Disassembler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Opens a binary: maps it, parses it, decodes every table and prepares the view rows. */
public final class BinaryLoader {
  private static final int SHN_ABS = 0xfff1;
  private static final int SHN_COMMON = 0xfff2;
  private static final int STEPS = 7;

  private final ElfParseLimits limits;
  private final Supplier<Optional<Disassembler>> disassembler;

  /**
   * @param disassembler used to find which syscall wrappers the code reaches; may be empty
   */
  public BinaryLoader(ElfParseLimits limits, Supplier<Optional<Disassembler>> disassembler) {
    this.limits = limits;
    this.disassembler = disassembler;
  }

  /**
   * Loads {@code path}.
   *
   * @throws IOException when the file cannot be read
   * @throws ElfFormatException when it is not ELF at all
   */
  public BinaryDocument load(Path path, Progress progress) throws IOException, ElfFormatException {
    progress.update("Mapping " + path.getFileName(), 0, STEPS + 1);
    FileBytes bytes = FileBytes.map(path);
    progress.checkCancelled();
    progress.update("Parsing headers", 1, STEPS + 1);
    ElfFile elf = ElfFile.parse(bytes.segment(), limits);
    progress.checkCancelled();
    progress.update("Reading symbols", 2, STEPS + 1);
    Optional<SymbolTable> symtab = elf.symbolTable();
    progress.checkCancelled();
    Optional<SymbolTable> dynsym = elf.dynamicSymbolTable();
    progress.checkCancelled();
    AddressMapper addresses = new AddressMapper(elf);
    progress.update("Demangling symbols", 3, STEPS + 1);
    List<SymbolRow> symbols = new ArrayList<>();
    ItaniumDemangler demangler = new ItaniumDemangler();
    symtab.ifPresent(t -> addRows(symbols, ".symtab", t, elf, addresses, demangler, progress));
    dynsym.ifPresent(t -> addRows(symbols, ".dynsym", t, elf, addresses, demangler, progress));
    progress.update("Reading relocations", 4, STEPS + 1);
    List<RelocationRow> relocations = new ArrayList<>();
    for (RelocationSection section : elf.relocations()) {
      progress.checkCancelled();
      for (var r : section.relocations()) {
        relocations.add(RelocationRow.of(section, r, elf.header().is64()));
      }
    }
    progress.update("Reading notes and the dynamic array", 5, STEPS + 1);
    elf.notes();
    elf.dynamic();
    elf.interpreter();
    progress.checkCancelled();
    progress.update("Checking CloudABI rules", 6, STEPS + 1);
    CloudAbiReport report = CloudAbiAnalyzer.analyze(elf);
    List<Finding> findings = Findings.of(elf, report);
    progress.checkCancelled();
    progress.update("Finding system call imports", 7, STEPS + 1);
    SyscallImports syscalls =
        CloudAbiArch.forMachine(elf.header().e_machine()).isPresent()
            ? SyscallAnalyzer.analyze(elf, disassembler.get())
            : SyscallAnalyzer.analyze(elf, Optional.empty());
    StructureIndex structures = new StructureIndex(elf, symbols);
    progress.update("Done", STEPS + 1, STEPS + 1);
    return new BinaryDocument(
        path,
        elf,
        bytes,
        List.copyOf(symbols),
        List.copyOf(relocations),
        report,
        findings,
        Findings.verdict(report),
        structures,
        addresses,
        syscalls);
  }

  private static void addRows(
      List<SymbolRow> out,
      String tableName,
      SymbolTable table,
      ElfFile elf,
      AddressMapper addresses,
      ItaniumDemangler demangler,
      Progress progress) {
    int i = 0;
    for (ElfSymbol s : table.symbols()) {
      if ((++i & 0x3fff) == 0) {
        progress.checkCancelled();
      }
      out.add(row(tableName, s, elf, addresses, demangler));
    }
  }

  static SymbolRow row(
      String tableName,
      ElfSymbol s,
      ElfFile elf,
      AddressMapper addresses,
      ItaniumDemangler demangler) {
    String display = demangler.demangle(s.name()).orElse(s.name());
    String section = sectionName(s, elf);
    return new SymbolRow(tableName, s, display, section, body(s, elf, addresses, display));
  }

  private static String sectionName(ElfSymbol s, ElfFile elf) {
    int shndx = s.st_shndx();
    if (shndx == 0) {
      return "UND";
    }
    if (shndx == SHN_ABS) {
      return "ABS";
    }
    if (shndx == SHN_COMMON) {
      return "COM";
    }
    if (shndx < elf.sections().size()) {
      return elf.sections().get(shndx).name();
    }
    return "#" + shndx;
  }

  private static Optional<ByteRange> body(
      ElfSymbol s, ElfFile elf, AddressMapper addresses, String label) {
    int shndx = s.st_shndx();
    if (shndx == 0 || shndx >= 0xff00 || shndx >= elf.sections().size()) {
      return Optional.empty();
    }
    long value = s.st_value();
    if (elf.header().e_machine() == Machines.EM_ARM && s.type() == 2) {
      value &= ~1L;
    }
    long size = Math.max(s.st_size(), 0);
    if (elf.header().e_type() == FileTypes.ET_REL) {
      var section = elf.sections().get(shndx);
      if (!section.hasFileData() || value > section.sh_size()) {
        return Optional.empty();
      }
      long start = section.sh_offset() + value;
      if (start > elf.fileSize()) {
        return Optional.empty();
      }
      return Optional.of(new ByteRange(start, Math.min(size, elf.fileSize() - start), label));
    }
    if (!elf.sections().get(shndx).hasFileData()) {
      return Optional.empty();
    }
    return addresses.range(value, size, label);
  }
}
