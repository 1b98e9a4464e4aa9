package dev.cloudabi.elf.testing;

import dev.cloudabi.elf.disasm.BranchKind;
import dev.cloudabi.elf.disasm.DisasmArch;
import dev.cloudabi.elf.disasm.Disassembler;
import dev.cloudabi.elf.disasm.Instruction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test {@link Disassembler} that answers from llvm-objdump-14's listing of one file, so the
 * analyses can be tested in this JDK-only module; the Capstone binding is tested in emulator.
 */
public final class ObjdumpDisassembler implements Disassembler {
  private static final Pattern LINE =
      Pattern.compile("^\\s*([0-9a-f]+):\\s+((?:[0-9a-f]{2} ?)+)\\s*\\t(\\S+)\\s*(.*)$");
  private static final Pattern TARGET = Pattern.compile("^(?:#)?0x([0-9a-f]+)\\s+<");

  private final TreeMap<Long, Instruction> listing = new TreeMap<>();

  public ObjdumpDisassembler(Path elf) {
    String text = Tools.run(List.of("llvm-objdump-14", "-d", "-M", "intel", elf.toString()));
    for (String line : text.lines().toList()) {
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        continue;
      }
      long address = Long.parseUnsignedLong(m.group(1), 16);
      byte[] bytes = HexFormat.of().parseHex(m.group(2).replace(" ", ""));
      String mnemonic = m.group(3);
      String operands = m.group(4).replaceAll("\\s*@.*$", "").trim();
      Matcher t = TARGET.matcher(operands);
      OptionalLong target =
          t.find() ? OptionalLong.of(Long.parseUnsignedLong(t.group(1), 16)) : OptionalLong.empty();
      BranchKind kind =
          mnemonic.startsWith("call") || mnemonic.equals("bl") || mnemonic.equals("blx")
              ? BranchKind.CALL
              : mnemonic.startsWith("j") || mnemonic.startsWith("b")
                  ? BranchKind.JUMP
                  : BranchKind.NONE;
      listing.put(address, new Instruction(address, bytes, mnemonic, operands, kind, target));
    }
  }

  @Override
  public boolean supports(DisasmArch arch) {
    return true;
  }

  @Override
  public List<Instruction> disassemble(
      DisasmArch arch, byte[] code, long address, int maxInstructions) {
    List<Instruction> out = new ArrayList<>();
    long at = address;
    while (out.size() < maxInstructions && at < address + code.length) {
      Instruction i = listing.get(at);
      if (i == null || at + i.length() > address + code.length) {
        break;
      }
      out.add(i);
      at += i.length();
    }
    return out;
  }
}
