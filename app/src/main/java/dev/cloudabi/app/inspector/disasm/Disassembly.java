package dev.cloudabi.app.inspector.disasm;

import dev.cloudabi.app.binary.BinaryDocument;
import dev.cloudabi.app.binary.ByteRange;
import dev.cloudabi.app.binary.Hex;
import dev.cloudabi.app.binary.SymbolRow;
import dev.cloudabi.elf.ElfHeader;
import dev.cloudabi.elf.constants.Machines;
import dev.cloudabi.elf.disasm.CodeScanner;
import dev.cloudabi.elf.disasm.DisasmArch;
import dev.cloudabi.elf.disasm.Disassembler;
import dev.cloudabi.elf.disasm.Instruction;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Disassembles a range of a binary's code into a {@link Listing}, naming branch targets by the
 * function symbols. Pure: runs on any thread; the view model runs it as a background task.
 */
public final class Disassembly {
  /** The most instructions one listing shows. */
  public static final int MAX_INSTRUCTIONS = 20_000;

  private static final long MAX_BYTES = 256 * 1024;

  private final BinaryDocument document;
  private final NavigableMap<Long, String> functions = new TreeMap<>();

  public Disassembly(BinaryDocument document) {
    this.document = document;
    boolean arm = document.elf().header().e_machine() == Machines.EM_ARM;
    for (SymbolRow s : document.symbols()) {
      if (s.isFunction() && s.symbol().isDefined() && !s.name().isEmpty()) {
        long value = arm ? s.symbol().st_value() & ~1L : s.symbol().st_value();
        functions.putIfAbsent(value, s.displayName());
      }
    }
  }

  /** The instruction set for code at {@code address} (ARM: bit 0 set means Thumb). */
  public Optional<DisasmArch> arch(long address) {
    ElfHeader h = document.elf().header();
    Optional<DisasmArch> arch = DisasmArch.forMachine(h.e_machine(), h.ei_class());
    if (arch.isPresent() && arch.get() == DisasmArch.ARM && (address & 1) != 0) {
      return Optional.of(DisasmArch.THUMB);
    }
    return arch;
  }

  /**
   * Disassembles {@code size} bytes at {@code address}.
   *
   * @throws IllegalArgumentException when the machine has no instruction set we decode, or the
   *     address has no bytes in the file
   */
  public Listing disassemble(Disassembler disassembler, long address, long size, String label) {
    DisasmArch arch =
        arch(address)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no disassembler for " + document.elf().header().machineName()));
    long start = arch == DisasmArch.THUMB ? address & ~1L : address;
    long length = Math.max(1, Math.min(size, MAX_BYTES));
    ByteRange range =
        document
            .addresses()
            .range(start, length, label)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "address " + Hex.of(start) + " has no bytes in the file"));
    byte[] code = document.bytes().read(range.offset(), (int) range.length());
    List<Instruction> instructions =
        CodeScanner.sweep(disassembler, arch, code, start, MAX_INSTRUCTIONS);
    List<InstructionRow> rows = new ArrayList<>(instructions.size());
    for (Instruction i : instructions) {
      long fileOffset = range.offset() + (i.address() - start);
      rows.add(
          new InstructionRow(
              i.address(),
              HexFormat.ofDelimiter(" ").formatHex(i.bytes()),
              i.mnemonic(),
              i.operands(),
              i.branchTarget(),
              i.branchTarget().isPresent() ? name(i.branchTarget().getAsLong()) : "",
              Optional.of(
                  new ByteRange(fileOffset, i.length(), i.mnemonic() + " " + i.operands()))));
    }
    String title =
        label
            + " at "
            + Hex.of(start)
            + " ("
            + arch.name().toLowerCase(java.util.Locale.ROOT)
            + ", "
            + rows.size()
            + " instructions)";
    return new Listing(title, rows);
  }

  /** {@code name} or {@code name+0x10} for the function at or before {@code address}. */
  public String name(long address) {
    Map.Entry<Long, String> f = functions.floorEntry(address);
    if (f == null) {
      return "";
    }
    long delta = address - f.getKey();
    return delta == 0 ? f.getValue() : f.getValue() + "+" + Hex.of(delta);
  }

  /** The size of the function symbol at {@code address}, if there is one with a size. */
  public Optional<Long> functionSize(long address) {
    boolean arm = document.elf().header().e_machine() == Machines.EM_ARM;
    for (SymbolRow s : document.symbols()) {
      long value = arm ? s.symbol().st_value() & ~1L : s.symbol().st_value();
      if (s.isFunction() && value == (arm ? address & ~1L : address) && s.symbol().st_size() > 0) {
        return Optional.of(s.symbol().st_size());
      }
    }
    return Optional.empty();
  }

  /** The symbol value (Thumb bit included) of the function at {@code address}, if there is one. */
  public long codeAddress(long address) {
    if (document.elf().header().e_machine() != Machines.EM_ARM) {
      return address;
    }
    for (SymbolRow s : document.symbols()) {
      if (s.isFunction() && (s.symbol().st_value() & ~1L) == (address & ~1L)) {
        return s.symbol().st_value();
      }
    }
    return address;
  }
}
