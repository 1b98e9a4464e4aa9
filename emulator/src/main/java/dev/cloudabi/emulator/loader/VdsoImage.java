package dev.cloudabi.emulator.loader;

import dev.cloudabi.emulator.abi.SyscallSignature;
import dev.cloudabi.emulator.cpu.Arch;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The vDSO: an ELF shared object synthesised for the guest's class and machine (ABI §5.1, §5.2),
 * linked at address 0 so every address inside is an offset from its header. It has a {@code
 * PT_LOAD} and a {@code PT_DYNAMIC} program header, a dynamic array with DT_HASH, DT_STRTAB,
 * DT_SYMTAB, DT_STRSZ and DT_SYMENT, a SysV hash table, the null symbol at index 0, and one global
 * function symbol per system call.
 *
 * <p>Each stub resets a marker word just below the stack pointer and jumps to its <em>gate</em>,
 * which loads the low half of the marker word into the return register and returns. The gates lie
 * side by side, and the emulator hooks only them and dispatches by gate address. The hook runs the
 * call and writes {@link #CALL_DONE} with the errno into the marker: so the gate returns the errno
 * without a register write from the host, and a thread that was stopped at a gate can tell whether
 * the call already ran before it resumes there (ADR 0015).
 *
 * <p>After the syscall stubs come {@link #TRAP_COUNT} unnamed trap stubs: return addresses that end
 * a thread when its entry function returns.
 */
public final class VdsoImage {
  public static final int STUB_OFFSET = 0x1000;
  public static final int SIZE = 0x2000;
  public static final int TRAP_COUNT = 1;
  public static final int GATE_SIZE = 8;

  /**
   * Where the stubs and gates lie. Unicorn runs both ARM architectures with 1 KiB target pages and
   * chains a jump to the next translated block only within one such page, so there the stubs are
   * two instructions and stubs and gates together fit in the first KiB of the stub page. x86 pages
   * are 4 KiB; a stub has 16 bytes.
   */
  private record Layout(int stubSize, int gateOffset, int end) {
    static Layout of(Arch arch) {
      return switch (arch) {
        case ARMV6, AARCH64 -> new Layout(8, 0x1200, STUB_OFFSET + 0x400);
        case X86_64, I686 -> new Layout(16, 0x1800, SIZE);
      };
    }
  }

  /** The upper half of a marker word whose call has run; the lower half is the call's errno. */
  public static final int CALL_DONE = 0x600D_0000;

  private static final int PT_LOAD = 1;
  private static final int PT_DYNAMIC = 2;
  private static final int DT_NULL = 0;
  private static final int DT_HASH = 4;
  private static final int DT_STRTAB = 5;
  private static final int DT_SYMTAB = 6;
  private static final int DT_STRSZ = 10;
  private static final int DT_SYMENT = 11;
  private static final int SHN_ABS = 0xFFF1;
  private static final int STB_GLOBAL_STT_FUNC = (1 << 4) | 2;

  private final byte[] bytes;
  private final List<SyscallSignature> syscalls;
  private final Layout layout;

  private VdsoImage(byte[] bytes, List<SyscallSignature> syscalls, Layout layout) {
    this.bytes = bytes;
    this.syscalls = List.copyOf(syscalls);
    this.layout = layout;
  }

  /** The image bytes ({@link #SIZE} long). */
  public byte[] bytes() {
    return bytes.clone();
  }

  public List<SyscallSignature> syscalls() {
    return syscalls;
  }

  /** Offset of the stub of syscall {@code index} (in {@link #syscalls()} order). */
  public long stubOffset(int index) {
    return stubOffset(layout, index);
  }

  /** Size of one stub (the size of its symbol). */
  public int stubSize() {
    return layout.stubSize();
  }

  /** Offset of trap stub {@code index}. */
  public long trapOffset(int index) {
    return stubOffset(syscalls.size() + index);
  }

  /** Offset of the gate of syscall (or trap) {@code index}. */
  public long gateOffset(int index) {
    return gateOffset(layout, index);
  }

  /** Offset of the first gate. */
  public long gatesStart() {
    return layout.gateOffset();
  }

  /** Offset of the last byte of the last gate (for the inclusive hook range). */
  public long gatesEnd() {
    return gateOffset(syscalls.size() + TRAP_COUNT) - 1;
  }

  private static long stubOffset(Layout layout, int index) {
    return STUB_OFFSET + (long) layout.stubSize() * index;
  }

  private static long gateOffset(Layout layout, int index) {
    return layout.gateOffset() + (long) GATE_SIZE * index;
  }

  /**
   * How far below the stack pointer a stub clears its 32-bit marker word: inside x86-64's red zone,
   * and below the stack pointer elsewhere, where a callee may always write.
   */
  public static int markerBelowStack(Arch arch) {
    return arch.is64Bit() ? 8 : 4;
  }

  public static VdsoImage build(Arch arch, long eFlags, List<SyscallSignature> syscalls) {
    boolean wide = arch.is64Bit();
    int ehdrSize = wide ? 64 : 52;
    int phentsize = wide ? 56 : 32;
    int dynSize = wide ? 16 : 8;
    int symSize = wide ? 24 : 16;
    int n = syscalls.size();
    Layout layout = Layout.of(arch);
    if (stubOffset(layout, n + TRAP_COUNT) > layout.gateOffset()
        || gateOffset(layout, n + TRAP_COUNT) > layout.end()) {
      throw new IllegalArgumentException("too many stubs for the vDSO");
    }

    byte[] strtab = stringTable(syscalls);
    int phoff = ehdrSize;
    int dynOff = align(phoff + 2 * phentsize, 8);
    int dynCount = 6;
    int hashOff = dynOff + dynCount * dynSize;
    int hashWords = 2 + 1 + (n + 1);
    int symOff = align(hashOff + 4 * hashWords, 8);
    int strOff = symOff + (n + 1) * symSize;
    if (strOff + strtab.length > STUB_OFFSET) {
      throw new IllegalStateException("vDSO tables do not fit below the stubs");
    }

    ByteBuffer b = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
    // ELF header
    b.put(new byte[] {0x7F, 'E', 'L', 'F', (byte) (wide ? 2 : 1), 1, 1, 17});
    b.position(16);
    b.putShort((short) 3); // ET_DYN
    b.putShort((short) arch.eMachine());
    b.putInt(1); // e_version
    word(b, wide, 0); // e_entry
    word(b, wide, phoff);
    word(b, wide, 0); // e_shoff
    b.putInt((int) eFlags);
    b.putShort((short) ehdrSize);
    b.putShort((short) phentsize);
    b.putShort((short) 2); // e_phnum
    b.putShort((short) (wide ? 64 : 40)); // e_shentsize
    b.putShort((short) 0); // e_shnum
    b.putShort((short) 0); // e_shstrndx

    b.position(phoff);
    phdr(b, wide, PT_LOAD, 4 | 1, 0, SIZE, 0x1000);
    phdr(b, wide, PT_DYNAMIC, 4, dynOff, dynCount * dynSize, wide ? 8 : 4);

    b.position(dynOff);
    dyn(b, wide, DT_HASH, hashOff);
    dyn(b, wide, DT_STRTAB, strOff);
    dyn(b, wide, DT_SYMTAB, symOff);
    dyn(b, wide, DT_STRSZ, strtab.length);
    dyn(b, wide, DT_SYMENT, symSize);
    dyn(b, wide, DT_NULL, 0);

    // SysV hash: one bucket holding the chain 1 → 2 → … → n (index 0 is the null symbol).
    b.position(hashOff);
    b.putInt(1);
    b.putInt(n + 1);
    b.putInt(n == 0 ? 0 : 1);
    b.putInt(0);
    for (int i = 1; i <= n; i++) {
      b.putInt(i < n ? i + 1 : 0);
    }

    b.position(symOff + symSize); // symbol 0 stays all zero
    int name = 1;
    for (int i = 0; i < n; i++) {
      long value = stubOffset(layout, i);
      if (wide) {
        b.putInt(name);
        b.put((byte) STB_GLOBAL_STT_FUNC);
        b.put((byte) 0);
        b.putShort((short) SHN_ABS);
        b.putLong(value);
        b.putLong(layout.stubSize());
      } else {
        b.putInt(name);
        b.putInt((int) value);
        b.putInt(layout.stubSize());
        b.put((byte) STB_GLOBAL_STT_FUNC);
        b.put((byte) 0);
        b.putShort((short) SHN_ABS);
      }
      name += syscalls.get(i).symbol().getBytes(StandardCharsets.US_ASCII).length + 1;
    }
    b.position(strOff);
    b.put(strtab);

    byte[] gate = gateCode(arch);
    for (int i = 0; i < n + TRAP_COUNT; i++) {
      b.position((int) stubOffset(layout, i));
      b.put(stubCode(arch, stubOffset(layout, i), gateOffset(layout, i)));
      b.position((int) gateOffset(layout, i));
      b.put(gate);
    }
    return new VdsoImage(b.array(), syscalls, layout);
  }

  /**
   * The stub at {@code stub}: clear the marker word below the stack pointer (with zero, or on armv6
   * with the stub's address), then jump to {@code gate}. Only the word below the stack pointer is
   * touched, so the argument registers and the stack arguments reach the gate unchanged.
   */
  static byte[] stubCode(Arch arch, long stub, long gate) {
    ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
    switch (arch) {
      case X86_64, I686 -> {
        // mov dword [rsp-8], 0 (x86-64) or mov dword [esp-4], 0 (i686); jmp rel32
        b.put(new byte[] {(byte) 0xC7, 0x44, 0x24, (byte) -markerBelowStack(arch), 0, 0, 0, 0});
        b.put((byte) 0xE9).putInt((int) (gate - (stub + 13)));
      }
      case AARCH64 -> {
        b.putInt(0xB81F83FF); // stur wzr, [sp, #-8]
        b.putInt(0x14000000 | (int) (((gate - (stub + 4)) >> 2) & 0x03FF_FFFF)); // b gate
      }
      case ARMV6 -> {
        // The marker gets the stub's own address (pc reads as the instruction plus 8 or 12): a
        // vDSO address, never a finished call's 0x600D tag, in one instruction.
        b.putInt(0xE50DF004); // str pc, [sp, #-4]
        b.putInt(0xEA000000 | (int) (((gate - (stub + 12)) >> 2) & 0x00FF_FFFF)); // b gate
      }
    }
    return java.util.Arrays.copyOf(b.array(), b.position());
  }

  /**
   * A gate: the 16-bit errno from the marker word into the return register (zero-extended), then
   * return. x86 {@code movzx eax, word [rsp-8]} / {@code [esp-4]} and {@code ret}; AArch64 {@code
   * ldurh w0, [sp, #-8]} and {@code ret}; ARM {@code ldrh r0, [sp, #-4]} and {@code bx lr}.
   */
  static byte[] gateCode(Arch arch) {
    byte below = (byte) -markerBelowStack(arch);
    return switch (arch) {
      case X86_64, I686 -> new byte[] {0x0F, (byte) 0xB7, 0x44, 0x24, below, (byte) 0xC3};
      case AARCH64 -> words(0x785F83E0, 0xD65F03C0);
      case ARMV6 -> words(0xE15D00B4, 0xE12FFF1E);
    };
  }

  private static byte[] words(int... words) {
    ByteBuffer b = ByteBuffer.allocate(4 * words.length).order(ByteOrder.LITTLE_ENDIAN);
    for (int word : words) {
      b.putInt(word);
    }
    return b.array();
  }

  private static byte[] stringTable(List<SyscallSignature> syscalls) {
    StringBuilder s = new StringBuilder("\0");
    for (SyscallSignature signature : syscalls) {
      s.append(signature.symbol()).append('\0');
    }
    return s.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static void phdr(
      ByteBuffer b, boolean wide, int type, int flags, long offset, long size, long align) {
    if (wide) {
      b.putInt(type);
      b.putInt(flags);
      b.putLong(offset);
      b.putLong(offset); // p_vaddr
      b.putLong(offset); // p_paddr
      b.putLong(size);
      b.putLong(size);
      b.putLong(align);
    } else {
      b.putInt(type);
      b.putInt((int) offset);
      b.putInt((int) offset);
      b.putInt((int) offset);
      b.putInt((int) size);
      b.putInt((int) size);
      b.putInt(flags);
      b.putInt((int) align);
    }
  }

  private static void dyn(ByteBuffer b, boolean wide, int tag, long value) {
    word(b, wide, tag);
    word(b, wide, value);
  }

  private static void word(ByteBuffer b, boolean wide, long value) {
    if (wide) {
      b.putLong(value);
    } else {
      b.putInt((int) value);
    }
  }

  private static int align(int value, int alignment) {
    return (value + alignment - 1) & -alignment;
  }
}
