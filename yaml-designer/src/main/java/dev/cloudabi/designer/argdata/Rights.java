package dev.cloudabi.designer.argdata;

import dev.cloudabi.emulator.abi.Right;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The base and inheriting rights a descriptor will carry. */
public record Rights(long base, long inheriting) {
  /** {@code base 0x… inheriting 0x…}, as {@code cloudabi-run --print-argdata} prints them. */
  public String hex() {
    return String.format("base 0x%x inheriting 0x%x", base, inheriting);
  }

  /** The names of the rights in {@code mask}, in bit order ({@code fd_read, fd_seek, …}). */
  public static List<String> names(long mask) {
    List<String> names = new ArrayList<>();
    for (Right right : Right.values()) {
      if ((mask & right.bit()) != 0) {
        names.add(right.name().toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }
}
