package dev.cloudabi.emulator.abi;

import java.util.List;

/**
 * The memory layout of a CloudABI structure on 32-bit (i686, armv6) and 64-bit (x86_64, aarch64)
 * targets (ABI §7.3). Offsets are data; {@code LayoutsReferenceTest} recomputes them from {@code
 * cloudabi.txt}.
 */
public record Layout(String name, int size32, int size64, List<Field> fields) {
  /** One field: offsets and widths for both word sizes. */
  public record Field(String name, int offset32, int offset64, int width32, int width64) {}

  public Layout {
    fields = List.copyOf(fields);
  }

  public int size(int pointerSize) {
    return pointerSize == 8 ? size64 : size32;
  }

  /** The offset of a field for the given pointer size. */
  public int offset(String field, int pointerSize) {
    Field f = field(field);
    return pointerSize == 8 ? f.offset64() : f.offset32();
  }

  public Field field(String field) {
    for (Field f : fields) {
      if (f.name().equals(field)) {
        return f;
      }
    }
    throw new IllegalArgumentException(name + " has no field " + field);
  }
}
