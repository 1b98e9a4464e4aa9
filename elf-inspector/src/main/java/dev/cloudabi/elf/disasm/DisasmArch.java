package dev.cloudabi.elf.disasm;

import dev.cloudabi.elf.constants.Idents;
import dev.cloudabi.elf.constants.Machines;
import java.util.Optional;

/** Instruction sets a {@link Disassembler} decodes; ARM code comes in two encodings. */
public enum DisasmArch {
  X86_64(1),
  X86(1),
  ARM(4),
  THUMB(2),
  AARCH64(4);

  private final int alignment;

  DisasmArch(int alignment) {
    this.alignment = alignment;
  }

  /** Instructions start at multiples of this many bytes. */
  public int alignment() {
    return alignment;
  }

  /** The default instruction set of an ELF machine (ARM code may also be Thumb). */
  public static Optional<DisasmArch> forMachine(int eMachine, int eiClass) {
    return switch (eMachine) {
      case Machines.EM_X86_64 -> Optional.of(X86_64);
      case Machines.EM_386 -> Optional.of(X86);
      case Machines.EM_ARM -> Optional.of(ARM);
      case Machines.EM_AARCH64 ->
          eiClass == Idents.ELFCLASS64 ? Optional.of(AARCH64) : Optional.empty();
      default -> Optional.empty();
    };
  }
}
