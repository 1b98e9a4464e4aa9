package dev.cloudabi.emulator.capstone;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.cloudabi.elf.disasm.BranchClassifier;
import dev.cloudabi.elf.disasm.DisasmArch;
import dev.cloudabi.elf.disasm.Disassembler;
import dev.cloudabi.elf.disasm.Instruction;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Disassembler} over Capstone 4 through the FFM API. Each call opens its own Capstone
 * handle, so one instance may be used from several threads. Detail mode stays off: direct branch
 * targets come from the operand text ({@link BranchClassifier}).
 */
public final class CapstoneDisassembler implements Disassembler {
  private final CapstoneLibrary library;

  private CapstoneDisassembler(CapstoneLibrary library) {
    this.library = library;
  }

  /**
   * Loads Capstone 4 (see {@code NativeLibraries} for where it is looked for).
   *
   * @throws dev.cloudabi.emulator.natives.NativeLibraryException when it is not installed
   */
  public static CapstoneDisassembler load() {
    return new CapstoneDisassembler(CapstoneLibrary.get());
  }

  /** The library's version, for example {@code "4.0"}. */
  public String version() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment major = arena.allocate(JAVA_INT);
      MemorySegment minor = arena.allocate(JAVA_INT);
      int ignored = (int) library.csVersion.invokeExact(major, minor);
      return major.get(JAVA_INT, 0) + "." + minor.get(JAVA_INT, 0);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  @Override
  public boolean supports(DisasmArch arch) {
    return true;
  }

  @Override
  public List<Instruction> disassemble(
      DisasmArch arch, byte[] code, long address, int maxInstructions) {
    if (code.length == 0 || maxInstructions <= 0) {
      return List.of();
    }
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment handle = open(arena, arch);
      try {
        return decode(arena, handle.get(JAVA_LONG, 0), arch, code, address, maxInstructions);
      } finally {
        int ignored = (int) library.csClose.invokeExact(handle);
      }
    } catch (CapstoneException e) {
      throw e;
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  private MemorySegment open(Arena arena, DisasmArch arch) throws Throwable {
    MemorySegment handle = arena.allocate(JAVA_LONG);
    int[] archAndMode = archAndMode(arch);
    int err = (int) library.csOpen.invokeExact(archAndMode[0], archAndMode[1], handle);
    if (err != 0) {
      throw new CapstoneException("cs_open(" + arch + ") failed: " + strerror(err));
    }
    return handle;
  }

  private List<Instruction> decode(
      Arena arena, long handle, DisasmArch arch, byte[] code, long address, int max)
      throws Throwable {
    MemorySegment bytes = arena.allocate(code.length);
    MemorySegment.copy(code, 0, bytes, JAVA_BYTE, 0, code.length);
    MemorySegment result = arena.allocate(ADDRESS);
    long count =
        (long)
            library.csDisasm.invokeExact(
                handle, bytes, (long) code.length, address, (long) max, result);
    if (count <= 0) {
      return List.of();
    }
    MemorySegment insns = result.get(ADDRESS, 0).reinterpret(count * CsInsn.LAYOUT.byteSize());
    try {
      List<Instruction> out = new ArrayList<>((int) count);
      for (long i = 0; i < count; i++) {
        MemorySegment insn = insns.asSlice(i * CsInsn.LAYOUT.byteSize(), CsInsn.LAYOUT.byteSize());
        String mnemonic = CsInsn.mnemonic(insn);
        String operands = CsInsn.operands(insn);
        out.add(
            new Instruction(
                CsInsn.address(insn),
                CsInsn.bytes(insn),
                mnemonic,
                operands,
                BranchClassifier.kind(arch, mnemonic, operands),
                BranchClassifier.directTarget(arch, mnemonic, operands)));
      }
      return out;
    } finally {
      library.csFree.invokeExact(insns, count);
    }
  }

  private static int[] archAndMode(DisasmArch arch) {
    return switch (arch) {
      case X86_64 -> new int[] {CapstoneLibrary.CS_ARCH_X86, CapstoneLibrary.CS_MODE_64};
      case X86 -> new int[] {CapstoneLibrary.CS_ARCH_X86, CapstoneLibrary.CS_MODE_32};
      case ARM -> new int[] {CapstoneLibrary.CS_ARCH_ARM, CapstoneLibrary.CS_MODE_ARM};
      case THUMB -> new int[] {CapstoneLibrary.CS_ARCH_ARM, CapstoneLibrary.CS_MODE_THUMB};
      case AARCH64 -> new int[] {CapstoneLibrary.CS_ARCH_ARM64, 0};
    };
  }

  private String strerror(int err) throws Throwable {
    MemorySegment text = (MemorySegment) library.csStrerror.invokeExact(err);
    return text.equals(MemorySegment.NULL) ? "error " + err : text.reinterpret(256).getString(0);
  }

  private static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new CapstoneException("Capstone call failed: " + t);
  }
}
