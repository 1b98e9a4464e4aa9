package dev.cloudabi.elf.constants;

import java.util.ArrayList;
import java.util.List;

/**
 * Named bits of a flags field ({@code sh_flags}, {@code p_flags}); decomposes a value into names.
 */
public final class FlagRegistry {
  private final String field;
  private final List<ElfConstant> bits;

  private FlagRegistry(String field, List<ElfConstant> bits) {
    this.field = field;
    this.bits = List.copyOf(bits);
  }

  public static FlagRegistry of(String field, ElfConstant... bits) {
    return new FlagRegistry(field, List.of(bits));
  }

  public String field() {
    return field;
  }

  public List<ElfConstant> all() {
    return bits;
  }

  /** The known flags set in {@code value}, in declaration order. */
  public List<ElfConstant> flagsIn(long value) {
    List<ElfConstant> out = new ArrayList<>();
    for (ElfConstant bit : bits) {
      if ((value & bit.value()) == bit.value() && bit.value() != 0) {
        out.add(bit);
      }
    }
    return out;
  }

  /** Bits set in {@code value} that have no name here. */
  public long unknownBits(long value) {
    long known = 0;
    for (ElfConstant bit : bits) {
      known |= bit.value();
    }
    return value & ~known;
  }

  /** The names joined with {@code |}, plus the unknown remainder in hex. */
  public String names(long value) {
    List<String> names = new ArrayList<>();
    for (ElfConstant bit : flagsIn(value)) {
      names.add(bit.name());
    }
    long rest = unknownBits(value);
    if (rest != 0) {
      names.add("0x" + Long.toHexString(rest));
    }
    return String.join("|", names);
  }
}
