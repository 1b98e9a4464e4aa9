package dev.cloudabi.emulator.testing;

import dev.cloudabi.emulator.cpu.Arch;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds minimal CloudABI ELF executables in memory for tests: a header, program headers and the
 * segment bytes. Every field can be bent to produce broken inputs.
 */
public final class TinyElf {
  /** A PT_LOAD segment: {@code flags} are PF_R 4 | PF_W 2 | PF_X 1. */
  public record Load(long vaddr, byte[] bytes, long memsz, int flags) {}

  private final Arch arch;
  private int osabi = 17;
  private int type;
  private int machine;
  private long entry;
  private final List<Load> loads = new ArrayList<>();
  private boolean interp;

  private TinyElf(Arch arch) {
    this.arch = arch;
    this.type = arch.is64Bit() ? 3 : 2;
    this.machine = arch.eMachine();
  }

  public static TinyElf of(Arch arch) {
    return new TinyElf(arch);
  }

  /** The usual link address of code: 0x10000 for ET_EXEC, 0x1000 for PIE. */
  public long codeAddress() {
    return arch.is64Bit() ? 0x1000 : 0x11000;
  }

  /** One executable segment with {@code code} at {@link #codeAddress()}, entry at its start. */
  public static TinyElf withCode(Arch arch, byte[] code) {
    TinyElf elf = of(arch);
    elf.load(new Load(elf.codeAddress(), code, code.length, 5));
    elf.entry(elf.codeAddress());
    return elf;
  }

  public TinyElf osabi(int value) {
    osabi = value;
    return this;
  }

  public TinyElf type(int value) {
    type = value;
    return this;
  }

  public TinyElf machine(int value) {
    machine = value;
    return this;
  }

  public TinyElf entry(long value) {
    entry = value;
    return this;
  }

  public TinyElf load(Load load) {
    loads.add(load);
    return this;
  }

  public TinyElf interpreter() {
    interp = true;
    return this;
  }

  public byte[] build() {
    boolean wide = arch.is64Bit();
    int ehsize = wide ? 64 : 52;
    int phentsize = wide ? 56 : 32;
    int phnum = loads.size() + 1 + (interp ? 1 : 0);
    int dataStart = 0x1000;
    int size = dataStart;
    List<Integer> offsets = new ArrayList<>();
    for (Load load : loads) {
      offsets.add(size);
      size += (load.bytes().length + 0xFFF) & ~0xFFF;
    }
    ByteBuffer b = ByteBuffer.allocate(Math.max(size, dataStart)).order(ByteOrder.LITTLE_ENDIAN);
    b.put(new byte[] {0x7F, 'E', 'L', 'F', (byte) (wide ? 2 : 1), 1, 1, (byte) osabi});
    b.position(16);
    b.putShort((short) type).putShort((short) machine).putInt(1);
    word(b, wide, entry);
    word(b, wide, ehsize);
    word(b, wide, 0);
    b.putInt(0).putShort((short) ehsize).putShort((short) phentsize).putShort((short) phnum);
    b.putShort((short) (wide ? 64 : 40)).putShort((short) 0).putShort((short) 0);
    b.position(ehsize);
    // PT_PHDR (not loaded; only used for AT_PHDR)
    phdr(
        b,
        wide,
        6,
        4,
        ehsize,
        0x10000 + ehsize,
        (long) phnum * phentsize,
        (long) phnum * phentsize);
    for (int i = 0; i < loads.size(); i++) {
      Load load = loads.get(i);
      phdr(
          b,
          wide,
          1,
          load.flags(),
          offsets.get(i),
          load.vaddr(),
          load.bytes().length,
          load.memsz());
    }
    if (interp) {
      phdr(b, wide, 3, 4, 0, 0, 1, 1);
    }
    for (int i = 0; i < loads.size(); i++) {
      b.position(offsets.get(i));
      b.put(loads.get(i).bytes());
    }
    return b.array();
  }

  private static void phdr(
      ByteBuffer b,
      boolean wide,
      int type,
      int flags,
      long off,
      long vaddr,
      long filesz,
      long memsz) {
    if (wide) {
      b.putInt(type).putInt(flags).putLong(off).putLong(vaddr).putLong(vaddr);
      b.putLong(filesz).putLong(memsz).putLong(0x1000);
    } else {
      b.putInt(type).putInt((int) off).putInt((int) vaddr).putInt((int) vaddr);
      b.putInt((int) filesz).putInt((int) memsz).putInt(flags).putInt(0x1000);
    }
  }

  private static void word(ByteBuffer b, boolean wide, long value) {
    if (wide) {
      b.putLong(value);
    } else {
      b.putInt((int) value);
    }
  }
}
