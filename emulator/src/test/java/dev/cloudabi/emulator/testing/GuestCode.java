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

  /**
   * A 32-bit store of 42 into the guest's own (read and execute only) code: a permission violation.
   * See {@link #codeStoreOffset} and {@link #codeStoreTarget} for the offsets of the store and of
   * the address it writes.
   */
  public static byte[] codeStore(Arch arch) {
    return switch (arch) {
      // lea rax, [rip]; mov dword [rax], 42
      case X86_64 -> bytes(0x48, 0x8D, 0x05, 0, 0, 0, 0, 0xC7, 0x00, 42, 0, 0, 0);
      // call next; next: pop eax; mov dword [eax], 42
      case I686 -> bytes(0xE8, 0, 0, 0, 0, 0x58, 0xC7, 0x00, 42, 0, 0, 0);
      // adr x0, .; movz w1, #42; str w1, [x0]
      case AARCH64 -> words(0x10000000, 0x52800541, 0xB9000001);
      // mov r0, pc (reads as . + 8); mov r1, #42; str r1, [r0]
      case ARMV6 -> words(0xE1A0000F, 0xE3A0102A, 0xE5801000);
    };
  }

  /** Offset of the faulting store in {@link #codeStore}. */
  public static int codeStoreOffset(Arch arch) {
    return switch (arch) {
      case X86_64 -> 7;
      case I686 -> 6;
      case AARCH64, ARMV6 -> 8;
    };
  }

  /** Offset, from the start of the code, of the word {@link #codeStore} writes. */
  public static int codeStoreTarget(Arch arch) {
    return switch (arch) {
      case X86_64 -> 7;
      case I686 -> 5;
      case AARCH64 -> 0;
      case ARMV6 -> 8;
    };
  }

  /**
   * An exclusive load ({@code ldxr} / {@code ldrex}), which requires natural alignment, from the
   * stack pointer plus one; ARM only. The load is at {@link #misalignedLoadOffset}.
   */
  public static byte[] misalignedLoad(Arch arch) {
    return switch (arch) {
      // add x0, sp, #0; add x0, x0, #1; ldxr x1, [x0]
      case AARCH64 -> words(0x910003E0, 0x91000400, 0xC85F7C01);
      // add r0, sp, #1; ldrex r1, [r0]
      case ARMV6 -> words(0xE28D0001, 0xE1901F9F);
      case X86_64, I686 -> throw new IllegalArgumentException("x86 has no alignment faults here");
    };
  }

  /** Offset of the misaligned load in {@link #misalignedLoad}. */
  public static int misalignedLoadOffset(Arch arch) {
    return switch (arch) {
      case AARCH64 -> 8;
      case ARMV6 -> 4;
      case X86_64, I686 -> throw new IllegalArgumentException("x86 has no alignment faults here");
    };
  }

  /**
   * x86_64: starts a second thread with {@code thread_create} (stub at {@code threadCreateStub}),
   * its stack 8 KiB below the caller's, and then both threads spin without system calls forever.
   */
  public static byte[] twoSpinningThreads(long threadCreateStub) {
    if (threadCreateStub >>> 32 != 0) {
      throw new IllegalArgumentException("mov eax reaches only the low 4 GiB");
    }
    int stub = (int) threadCreateStub; // mov eax, imm32 zero-extends into rax
    return bytes(
        0x48,
        0x8D,
        0x05,
        55,
        0,
        0,
        0, // lea rax, [rip + 55] (the thread's entry, offset 62)
        0x48,
        0x89,
        0x44,
        0x24,
        0xC0, // mov [rsp-64], rax: attr.entry_point
        0x48,
        0x8D,
        0x84,
        0x24,
        0x00,
        0xE0,
        0xFF,
        0xFF, // lea rax, [rsp-0x2000]
        0x48,
        0x89,
        0x44,
        0x24,
        0xC8, // mov [rsp-56], rax: attr.stack
        0x48,
        0xC7,
        0x44,
        0x24,
        0xD0,
        0x00,
        0x10,
        0,
        0, // mov qword [rsp-48], 0x1000: stack_len
        0x48,
        0xC7,
        0x44,
        0x24,
        0xD8,
        0,
        0,
        0,
        0, // mov qword [rsp-40], 0: argument
        0x48,
        0x8D,
        0x7C,
        0x24,
        0xC0, // lea rdi, [rsp-64]: attr
        0x48,
        0x8D,
        0x74,
        0x24,
        0xB8, // lea rsi, [rsp-72]: tid
        0xB8,
        stub & 0xFF,
        (stub >>> 8) & 0xFF,
        (stub >>> 16) & 0xFF,
        stub >>> 24, // mov eax, stub
        0xFF,
        0xD0, // call rax
        0xEB,
        0xFE, // spin: jmp spin
        0xEB,
        0xFE); // entry: jmp entry
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
