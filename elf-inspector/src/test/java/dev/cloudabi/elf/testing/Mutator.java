package dev.cloudabi.elf.testing;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Random;

/** Seeded mutations of an ELF file: byte noise, truncation, header and table fields at extremes. */
public final class Mutator {
  private static final long[] EXTREMES = {
    0,
    1,
    2,
    0x7f,
    0x80,
    0xff,
    0xffff,
    0x7fffffffL,
    0x80000000L,
    0xffffffffL,
    Long.MAX_VALUE,
    -1L,
    Long.MIN_VALUE
  };

  private Mutator() {}

  public static byte[] mutate(byte[] seed, Random random) {
    byte[] b = Arrays.copyOf(seed, seed.length);
    int rounds = 1 + random.nextInt(3);
    for (int r = 0; r < rounds; r++) {
      b =
          switch (random.nextInt(8)) {
            case 0 -> flipBytes(b, random);
            case 1 -> truncate(b, random);
            case 2 -> headerField(b, random);
            case 3, 4 -> tableField(b, random, true);
            case 5 -> tableField(b, random, false);
            case 6 -> splice(b, random);
            default -> noise(b, random);
          };
    }
    return b;
  }

  private static ByteBuffer view(byte[] b) {
    boolean big = b.length > 5 && b[5] == 2;
    return ByteBuffer.wrap(b).order(big ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
  }

  private static boolean is64(byte[] b) {
    return b.length > 4 && b[4] == 2;
  }

  private static byte[] flipBytes(byte[] b, Random random) {
    int n = 1 + random.nextInt(16);
    for (int i = 0; i < n && b.length > 0; i++) {
      b[random.nextInt(b.length)] = (byte) random.nextInt(256);
    }
    return b;
  }

  private static byte[] truncate(byte[] b, Random random) {
    return Arrays.copyOf(b, random.nextInt(b.length + 1));
  }

  private static byte[] noise(byte[] b, Random random) {
    // Keep the identification so the parser gets past e_ident; randomise a whole region.
    if (b.length < 64) {
      return b;
    }
    int start = 16 + random.nextInt(b.length - 16);
    int length = Math.min(b.length - start, 1 + random.nextInt(256));
    for (int i = 0; i < length; i++) {
      b[start + i] = (byte) random.nextInt(256);
    }
    return b;
  }

  private static byte[] splice(byte[] b, Random random) {
    if (b.length < 2) {
      return b;
    }
    int from = random.nextInt(b.length);
    int to = random.nextInt(b.length);
    int length = Math.min(Math.min(b.length - from, b.length - to), random.nextInt(128));
    System.arraycopy(b, from, b, to, length);
    return b;
  }

  private static long extreme(Random random) {
    return random.nextInt(4) == 0 ? random.nextLong() : EXTREMES[random.nextInt(EXTREMES.length)];
  }

  private static byte[] headerField(byte[] b, Random random) {
    boolean is64 = is64(b);
    if (b.length < (is64 ? 64 : 52)) {
      return b;
    }
    ByteBuffer v = view(b);
    long value = extreme(random);
    int w = is64 ? 8 : 4;
    int rest = 24 + 3 * w;
    switch (random.nextInt(8)) {
      case 0 -> putWord(v, 24 + w, value, is64); // e_phoff
      case 1 -> putWord(v, 24 + 2 * w, value, is64); // e_shoff
      case 2 -> v.putShort(rest + 6, (short) value); // e_phentsize
      case 3 -> v.putShort(rest + 8, (short) value); // e_phnum
      case 4 -> v.putShort(rest + 10, (short) value); // e_shentsize
      case 5 -> v.putShort(rest + 12, (short) value); // e_shnum
      case 6 -> v.putShort(rest + 14, (short) value); // e_shstrndx
      default -> putWord(v, 24, value, is64); // e_entry
    }
    return b;
  }

  /** A field of a random section header (or program header) set to an extreme value. */
  private static byte[] tableField(byte[] b, Random random, boolean sections) {
    boolean is64 = is64(b);
    if (b.length < (is64 ? 64 : 52)) {
      return b;
    }
    ByteBuffer v = view(b);
    int w = is64 ? 8 : 4;
    long tableOffset =
        is64 ? v.getLong(sections ? 40 : 32) : Integer.toUnsignedLong(v.getInt(sections ? 32 : 28));
    int count = Short.toUnsignedInt(v.getShort(is64 ? (sections ? 60 : 56) : (sections ? 48 : 44)));
    int entry = sections ? (is64 ? 64 : 40) : (is64 ? 56 : 32);
    if (count == 0 || tableOffset <= 0 || tableOffset >= b.length) {
      return b;
    }
    long at = tableOffset + (long) random.nextInt(count) * entry;
    int field = random.nextInt(entry / 4) * 4;
    if (at + field + w > b.length) {
      return b;
    }
    long value = extreme(random);
    if (random.nextBoolean() && field + 8 <= entry && is64) {
      v.putLong((int) (at + field), value);
    } else {
      v.putInt((int) (at + field), (int) value);
    }
    return b;
  }

  private static void putWord(ByteBuffer v, int offset, long value, boolean is64) {
    if (is64) {
      v.putLong(offset, value);
    } else {
      v.putInt(offset, (int) value);
    }
  }
}
