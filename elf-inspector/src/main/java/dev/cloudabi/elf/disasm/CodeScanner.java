package dev.cloudabi.elf.disasm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Linear sweep over a code region: decodes with a {@link Disassembler} and steps over bytes that
 * are not instructions (literal pools, padding) instead of stopping there.
 */
public final class CodeScanner {
  private static final int CHUNK = 4096;

  private CodeScanner() {}

  /** Every instruction found in {@code code}, at most {@code maxInstructions}. */
  public static List<Instruction> sweep(
      Disassembler disassembler, DisasmArch arch, byte[] code, long address, int maxInstructions) {
    List<Instruction> out = new ArrayList<>();
    int offset = 0;
    int step = arch.alignment();
    while (offset < code.length && out.size() < maxInstructions) {
      int length = Math.min(code.length - offset, CHUNK);
      byte[] chunk = Arrays.copyOfRange(code, offset, offset + length);
      List<Instruction> decoded =
          disassembler.disassemble(
              arch, chunk, address + offset, Math.min(CHUNK, maxInstructions - out.size()));
      int consumed = 0;
      for (Instruction i : decoded) {
        // An instruction cut by the chunk end is decoded again with the next chunk.
        if (offset + length < code.length && consumed + i.length() > length - 16) {
          break;
        }
        out.add(i);
        consumed += i.length();
      }
      offset += consumed > 0 ? consumed : step;
    }
    return out;
  }
}
