package dev.cloudabi.emulator.loader;

import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.ElfFormatException;
import dev.cloudabi.elf.ElfHeader;
import dev.cloudabi.elf.ElfParseLimits;
import dev.cloudabi.elf.ElfSymbol;
import dev.cloudabi.elf.ProgramHeader;
import dev.cloudabi.elf.SymbolTable;
import dev.cloudabi.elf.constants.ProgramTypes;
import dev.cloudabi.elf.constants.SymbolInfo;
import dev.cloudabi.emulator.cpu.Arch;
import dev.cloudabi.emulator.memory.Prot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A CloudABI executable checked for everything the loader relies on (ABI §2): ELF class, byte
 * order, {@code EI_OSABI = 17}, machine, type, {@code PT_LOAD} segments that fit the file and do
 * not overlap, no interpreter, an entry point inside executable code. Nothing is mapped yet.
 */
public record Executable(
    Arch arch,
    boolean positionIndependent,
    long e_entry,
    long e_flags,
    int e_phnum,
    long phdrAddress,
    List<Segment> segments,
    List<GuestSymbol> symbols,
    byte[] bytes) {
  public static final int ELFOSABI_CLOUDABI = 17;
  public static final int ET_EXEC = 2;
  public static final int ET_DYN = 3;

  /** The lowest link address of any segment. */
  public long lowAddress() {
    return segments.stream().mapToLong(Segment::p_vaddr).min().orElse(0);
  }

  /** The end (exclusive) of the highest segment. */
  public long highAddress() {
    return segments.stream().mapToLong(s -> s.p_vaddr() + s.p_memsz()).max().orElse(0);
  }

  /**
   * Parses and checks an executable.
   *
   * @param maxSpan the largest allowed distance between the lowest and highest segment address
   */
  public static Executable parse(byte[] bytes, long maxSpan) throws LoadException {
    ElfFile elf;
    try {
      elf = ElfFile.parse(bytes, ElfParseLimits.defaults());
    } catch (ElfFormatException e) {
      throw new LoadException("not an ELF file: " + e.getMessage());
    }
    ElfHeader h = elf.header();
    if (h.ei_osabi() != ELFOSABI_CLOUDABI) {
      throw new LoadException(
          "not a CloudABI executable: EI_OSABI is " + h.ei_osabi() + ", expected 17 (CloudABI)");
    }
    if (h.ei_data() != 1) {
      throw new LoadException("EI_DATA is " + h.ei_data() + ": only little-endian is supported");
    }
    Arch arch =
        Arch.byMachine(h.e_machine())
            .orElseThrow(
                () ->
                    new LoadException(
                        "unsupported machine: e_machine is "
                            + h.e_machine()
                            + " ("
                            + h.machineName()
                            + "); CloudABI runs x86_64, aarch64, i686 and armv6"));
    if (arch.is64Bit() != h.is64()) {
      throw new LoadException(
          "e_machine " + arch.displayName() + " does not match ELF class " + h.ei_class());
    }
    if (h.e_type() != ET_EXEC && h.e_type() != ET_DYN) {
      throw new LoadException(
          "e_type is " + h.e_type() + " (" + h.typeName() + "): expected ET_EXEC or ET_DYN");
    }
    List<ProgramHeader> phdrs = elf.programHeaders();
    if (!elf.segmentsOfType(ProgramTypes.PT_INTERP).isEmpty()) {
      throw new LoadException("the executable has PT_INTERP: CloudABI programs are static");
    }
    List<Segment> segments = new ArrayList<>();
    for (ProgramHeader ph : phdrs) {
      if (ph.p_type() != ProgramTypes.PT_LOAD || ph.p_memsz() == 0) {
        continue;
      }
      String where = "PT_LOAD program header " + ph.index();
      if (ph.p_filesz() > ph.p_memsz()) {
        throw new LoadException(where + ": p_filesz exceeds p_memsz");
      }
      if (ph.p_offset() < 0
          || ph.p_filesz() < 0
          || ph.p_offset() + ph.p_filesz() > bytes.length
          || ph.p_offset() + ph.p_filesz() < 0) {
        throw new LoadException(where + ": file range lies outside the file");
      }
      if (ph.p_vaddr() < 0 || ph.p_memsz() < 0 || ph.p_vaddr() + ph.p_memsz() < ph.p_vaddr()) {
        throw new LoadException(where + ": p_vaddr + p_memsz overflows");
      }
      int prot =
          (ph.isReadable() ? Prot.READ : 0)
              | (ph.isWritable() ? Prot.WRITE : 0)
              | (ph.isExecutable() ? Prot.EXEC : 0);
      segments.add(new Segment(ph.p_vaddr(), ph.p_memsz(), ph.p_offset(), ph.p_filesz(), prot));
    }
    if (segments.isEmpty()) {
      throw new LoadException("the executable has no PT_LOAD segment");
    }
    segments.sort(Comparator.comparingLong(Segment::p_vaddr));
    for (int i = 1; i < segments.size(); i++) {
      Segment a = segments.get(i - 1);
      Segment b = segments.get(i);
      if (a.p_vaddr() + a.p_memsz() > b.p_vaddr()) {
        throw new LoadException(
            "PT_LOAD segments overlap: 0x"
                + Long.toHexString(a.p_vaddr())
                + "+0x"
                + Long.toHexString(a.p_memsz())
                + " and 0x"
                + Long.toHexString(b.p_vaddr()));
      }
    }
    long low = segments.getFirst().p_vaddr();
    long high = segments.getLast().p_vaddr() + segments.getLast().p_memsz();
    if (high - low > maxSpan) {
      throw new LoadException(
          "the PT_LOAD segments span "
              + (high - low)
              + " bytes, more than the limit of "
              + maxSpan
              + " bytes");
    }
    long entry = h.e_entry();
    boolean entryOk =
        segments.stream()
            .anyMatch(
                s ->
                    (s.prot() & Prot.EXEC) != 0
                        && entry >= s.p_vaddr()
                        && entry < s.p_vaddr() + s.p_memsz());
    if (!entryOk) {
      throw new LoadException(
          "the entry point e_entry = 0x"
              + Long.toHexString(entry)
              + " is not inside an executable PT_LOAD segment");
    }
    return new Executable(
        arch,
        h.e_type() == ET_DYN,
        entry,
        h.e_flags(),
        h.e_phnum(),
        phdrAddress(h, phdrs),
        List.copyOf(segments),
        symbols(elf),
        bytes);
  }

  /** Link-time address of the program headers (ABI §2.4). */
  private static long phdrAddress(ElfHeader h, List<ProgramHeader> phdrs) throws LoadException {
    for (ProgramHeader ph : phdrs) {
      if (ph.p_type() == ProgramTypes.PT_PHDR) {
        return ph.p_vaddr();
      }
    }
    for (ProgramHeader ph : phdrs) {
      if (ph.p_type() == ProgramTypes.PT_LOAD
          && h.e_phoff() >= ph.p_offset()
          && h.e_phoff() < ph.p_offset() + ph.p_filesz()) {
        return ph.p_vaddr() + (h.e_phoff() - ph.p_offset());
      }
    }
    throw new LoadException("the program headers are not inside a PT_LOAD segment (no AT_PHDR)");
  }

  private static List<GuestSymbol> symbols(ElfFile elf) {
    List<GuestSymbol> result = new ArrayList<>();
    for (SymbolTable table :
        List.of(elf.symbolTable(), elf.dynamicSymbolTable()).stream()
            .flatMap(java.util.Optional::stream)
            .toList()) {
      for (ElfSymbol symbol : table.symbols()) {
        int type = symbol.type();
        if ((type == SymbolInfo.STT_FUNC || type == SymbolInfo.STT_OBJECT)
            && symbol.isDefined()
            && !symbol.name().isEmpty()) {
          result.add(new GuestSymbol(symbol.name(), symbol.st_value(), symbol.st_size()));
        }
      }
    }
    result.sort(Comparator.comparingLong(GuestSymbol::address));
    return List.copyOf(result);
  }
}
