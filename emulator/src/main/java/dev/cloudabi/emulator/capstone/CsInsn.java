package dev.cloudabi.emulator.capstone;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.util.Arrays;

/**
 * Capstone 4's {@code cs_insn} (capstone.h at tag 4.0.2), laid out field by field with the padding
 * the C compiler inserts on LP64: 240 bytes.
 */
final class CsInsn {
  static final int MNEMONIC_SIZE = 32;
  static final int OP_STR_SIZE = 160;
  static final int BYTES_SIZE = 16;

  static final StructLayout LAYOUT =
      MemoryLayout.structLayout(
          JAVA_INT.withName("id"),
          MemoryLayout.paddingLayout(4),
          JAVA_LONG.withName("address"),
          JAVA_SHORT.withName("size"),
          MemoryLayout.sequenceLayout(BYTES_SIZE, JAVA_BYTE).withName("bytes"),
          MemoryLayout.sequenceLayout(MNEMONIC_SIZE, JAVA_BYTE).withName("mnemonic"),
          MemoryLayout.sequenceLayout(OP_STR_SIZE, JAVA_BYTE).withName("op_str"),
          MemoryLayout.paddingLayout(6),
          ADDRESS.withName("detail"));

  static final long ADDRESS_OFFSET = offset("address");
  static final long SIZE_OFFSET = offset("size");
  static final long BYTES_OFFSET = offset("bytes");
  static final long MNEMONIC_OFFSET = offset("mnemonic");
  static final long OP_STR_OFFSET = offset("op_str");

  private CsInsn() {}

  static long offset(String field) {
    return LAYOUT.byteOffset(MemoryLayout.PathElement.groupElement(field));
  }

  static long address(MemorySegment insn) {
    return insn.get(JAVA_LONG.withByteAlignment(1), ADDRESS_OFFSET);
  }

  static byte[] bytes(MemorySegment insn) {
    int size = Short.toUnsignedInt(insn.get(JAVA_SHORT.withByteAlignment(1), SIZE_OFFSET));
    byte[] all = insn.asSlice(BYTES_OFFSET, BYTES_SIZE).toArray(JAVA_BYTE);
    return Arrays.copyOf(all, Math.min(size, BYTES_SIZE));
  }

  static String mnemonic(MemorySegment insn) {
    return cString(insn.asSlice(MNEMONIC_OFFSET, MNEMONIC_SIZE));
  }

  static String operands(MemorySegment insn) {
    return cString(insn.asSlice(OP_STR_OFFSET, OP_STR_SIZE));
  }

  /** A NUL-terminated string inside a fixed-size field (never reads past the field). */
  private static String cString(MemorySegment field) {
    byte[] bytes = field.toArray(JAVA_BYTE);
    int n = 0;
    while (n < bytes.length && bytes[n] != 0) {
      n++;
    }
    return new String(bytes, 0, n, java.nio.charset.StandardCharsets.US_ASCII);
  }
}
