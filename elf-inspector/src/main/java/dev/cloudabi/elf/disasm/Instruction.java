package dev.cloudabi.elf.disasm;

import java.util.HexFormat;
import java.util.OptionalLong;

/**
 * One decoded instruction.
 *
 * @param bytes the encoding
 * @param mnemonic lower case, for example {@code call} or {@code bl}
 * @param operands operand text as the disassembler prints it
 * @param branchTarget the destination of a direct call or jump
 */
public record Instruction(
    long address,
    byte[] bytes,
    String mnemonic,
    String operands,
    BranchKind kind,
    OptionalLong branchTarget) {

  public int length() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Instruction i
        && i.address == address
        && java.util.Arrays.equals(i.bytes, bytes)
        && i.mnemonic.equals(mnemonic)
        && i.operands.equals(operands);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(address) * 31 + mnemonic.hashCode();
  }

  @Override
  public String toString() {
    return String.format(
        "%x: %s %s %s", address, HexFormat.of().formatHex(bytes), mnemonic, operands);
  }
}
