package dev.cloudabi.elf;

import dev.cloudabi.elf.constants.Idents;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * Decodes {@code e_ident} and the file header; the only place that throws {@link
 * ElfFormatException}.
 */
final class HeaderDecoder {
  private static final byte[] MAGIC = {0x7f, 'E', 'L', 'F'};

  private HeaderDecoder() {}

  /** Reads the identification bytes and returns an input set to the file's class and order. */
  static ElfInput open(MemorySegment bytes) throws ElfFormatException {
    if (bytes.byteSize() < Idents.EI_NIDENT) {
      throw new ElfFormatException(
          0, "not ELF: " + bytes.byteSize() + " bytes, fewer than the 16 of e_ident");
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (bytes.get(ValueLayout.JAVA_BYTE, i) != MAGIC[i]) {
        throw new ElfFormatException(i, "not ELF: e_ident does not start with 0x7f 'E' 'L' 'F'");
      }
    }
    int elfClass = bytes.get(ValueLayout.JAVA_BYTE, Idents.EI_CLASS);
    if (elfClass != Idents.ELFCLASS32 && elfClass != Idents.ELFCLASS64) {
      throw new ElfFormatException(
          Idents.EI_CLASS, "unsupported EI_CLASS " + elfClass + " (expected 1 or 2)");
    }
    int data = bytes.get(ValueLayout.JAVA_BYTE, Idents.EI_DATA);
    if (data != Idents.ELFDATA2LSB && data != Idents.ELFDATA2MSB) {
      throw new ElfFormatException(
          Idents.EI_DATA, "unsupported EI_DATA " + data + " (expected 1 or 2)");
    }
    boolean is64 = elfClass == Idents.ELFCLASS64;
    long needed = is64 ? ElfHeader.ELF64_SIZE : ElfHeader.ELF32_SIZE;
    if (bytes.byteSize() < needed) {
      throw new ElfFormatException(
          bytes.byteSize(),
          "truncated ELF header: " + bytes.byteSize() + " bytes, the header needs " + needed);
    }
    ByteOrder order = data == Idents.ELFDATA2MSB ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    return new ElfInput(bytes, order, is64);
  }

  static ElfHeader decode(ElfInput in, Diagnostics diagnostics) {
    // After e_entry, e_phoff and e_shoff (words) the layout is the same for both classes.
    int w = in.wordSize();
    long rest = 24 + 3L * w;
    ElfHeader header =
        new ElfHeader(
            in.u8(Idents.EI_CLASS),
            in.u8(Idents.EI_DATA),
            in.u8(Idents.EI_VERSION),
            in.u8(Idents.EI_OSABI),
            in.u8(Idents.EI_ABIVERSION),
            in.u16(16),
            in.u16(18),
            in.u32(20),
            in.word(24),
            in.word(24 + w),
            in.word(24 + 2L * w),
            in.u32(rest),
            in.u16(rest + 4),
            in.u16(rest + 6),
            in.u16(rest + 8),
            in.u16(rest + 10),
            in.u16(rest + 12),
            in.u16(rest + 14));
    if (header.ei_version() != Idents.EV_CURRENT) {
      diagnostics.add(Idents.EI_VERSION, "EI_VERSION", "is " + header.ei_version() + ", not 1");
    }
    if (header.e_version() != Idents.EV_CURRENT) {
      diagnostics.add(20, "e_version", "is " + header.e_version() + ", not 1");
    }
    if (header.e_ehsize() != header.size()) {
      diagnostics.add(
          rest + 4,
          "e_ehsize",
          "is " + header.e_ehsize() + ", the header of this class has " + header.size() + " bytes");
    }
    return header;
  }
}
