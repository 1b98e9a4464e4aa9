package dev.cloudabi.app.services;

import dev.cloudabi.elf.disasm.Disassembler;
import dev.cloudabi.emulator.capstone.CapstoneDisassembler;
import java.util.Optional;

/**
 * The disassembler of the app: Capstone, loaded on first use (it is a native library and may be
 * missing). Thread-safe; the failure reason is kept so the views can say why there is no
 * disassembly.
 */
public final class DisassemblerService {
  private Optional<Disassembler> disassembler;
  private String problem = "";

  /** Loads Capstone when first asked. */
  public DisassemblerService() {}

  /** A service over a given disassembler (tests). */
  public DisassemblerService(Disassembler disassembler) {
    this.disassembler = Optional.of(disassembler);
  }

  public synchronized Optional<Disassembler> get() {
    if (disassembler == null) {
      try {
        disassembler = Optional.of(CapstoneDisassembler.load());
      } catch (RuntimeException | LinkageError e) {
        disassembler = Optional.empty();
        problem = "Capstone 4 could not be loaded: " + e.getMessage();
      }
    }
    return disassembler;
  }

  /** Why {@link #get()} is empty. */
  public synchronized String problem() {
    return problem;
  }
}
