package dev.cloudabi.elf.disasm;

import java.util.List;

/**
 * Decodes machine code. Implementations live outside this JDK-only module (Capstone in the emulator
 * module); analyses here only see this interface.
 */
public interface Disassembler {
  /** Whether this disassembler decodes {@code arch}. */
  boolean supports(DisasmArch arch);

  /**
   * Decodes instructions from {@code code}, the first located at {@code address}, until the end of
   * the bytes, the first byte sequence that is not an instruction, or {@code maxInstructions}.
   *
   * @throws IllegalArgumentException when {@code arch} is not supported
   */
  List<Instruction> disassemble(DisasmArch arch, byte[] code, long address, int maxInstructions);
}
