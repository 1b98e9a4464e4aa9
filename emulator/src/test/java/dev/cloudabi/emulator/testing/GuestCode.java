package dev.cloudabi.emulator.testing;

import dev.cloudabi.emulator.cpu.Arch;
import java.io.ByteArrayOutputStream;

/** Hand-assembled instruction sequences for tiny test guests, per architecture. */
public final class GuestCode {
  private GuestCode() {}

  /** An endless loop ({@code jmp .} / {@code b .}). */
  public static byte[] spin(Arch arch) {
    return switch (arch) {
      case X86_64, I686 -> bytes(0xEB, 0xFE);
      case AARCH64 -> words(0x14000000);
      case ARMV6 -> words(0xEAFFFFFE);
    };
  }

  /**
   * Three harmless instructions, then a 32-bit store of 42 to address 0. Returns the offset of the
   * store in the code.
   */
  public static byte[] nullStore(Arch arch) {
    return switch (arch) {
      // mov eax,1; mov ecx,2; xor edx,edx; mov dword [rdx/edx], 42
      case X86_64, I686 ->
          bytes(0xB8, 1, 0, 0, 0, 0xB9, 2, 0, 0, 0, 0x31, 0xD2, 0xC7, 0x02, 42, 0, 0, 0);
      // movz x1,#1; movz x2,#2; movz x0,#0; str w1,[x0]
      case AARCH64 -> words(0xD2800021, 0xD2800042, 0xD2800000, 0xB9000001);
      // mov r1,#1; mov r2,#2; mov r0,#0; str r1,[r0]
      case ARMV6 -> words(0xE3A01001, 0xE3A02002, 0xE3A00000, 0xE5801000);
    };
  }

  /** Offset of the faulting store in {@link #nullStore}. */
  public static int nullStoreOffset(Arch arch) {
    return switch (arch) {
      case X86_64, I686 -> 12;
      case AARCH64, ARMV6 -> 12;
    };
  }

  /** An undefined instruction ({@code ud2} / {@code udf}). */
  public static byte[] undefined(Arch arch) {
    return switch (arch) {
      case X86_64, I686 -> bytes(0x0F, 0x0B);
      case AARCH64 -> words(0x00000000);
      case ARMV6 -> words(0xE7F000F0);
    };
  }

  private static byte[] bytes(int... values) {
    byte[] result = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = (byte) values[i];
    }
    return result;
  }

  private static byte[] words(int... values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int v : values) {
      out.write(v);
      out.write(v >>> 8);
      out.write(v >>> 16);
      out.write(v >>> 24);
    }
    return out.toByteArray();
  }
}
