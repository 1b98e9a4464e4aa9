package dev.cloudabi.emulator.abi;

import java.util.List;

/** The structure layouts the runtime reads and writes (ABI §4.1, §6.4, §7.3). */
public final class Layouts {
  private Layouts() {}

  private static Layout.Field same(String name, int offset, int width) {
    return new Layout.Field(name, offset, offset, width, width);
  }

  private static Layout.Field word(String name, int offset32, int offset64) {
    return new Layout.Field(name, offset32, offset64, 4, 8);
  }

  /** {@code auxv}: {@code a_type} u32, then the pointer-sized {@code a_val}/{@code a_ptr}. */
  public static final Layout AUXV =
      new Layout("auxv", 8, 16, List.of(same("a_type", 0, 4), word("a_val", 4, 8)));

  /** {@code iovec} (scatter) and {@code ciovec} (gather) share this layout. */
  public static final Layout IOVEC =
      new Layout("iovec", 8, 16, List.of(word("buf", 0, 0), word("buf_len", 4, 8)));

  public static final Layout CIOVEC =
      new Layout("ciovec", 8, 16, List.of(word("buf", 0, 0), word("buf_len", 4, 8)));

  public static final Layout FDSTAT =
      new Layout(
          "fdstat",
          24,
          24,
          List.of(
              same("fs_filetype", 0, 1),
              same("fs_flags", 2, 2),
              same("fs_rights_base", 8, 8),
              same("fs_rights_inheriting", 16, 8)));

  public static final Layout FILESTAT =
      new Layout(
          "filestat",
          56,
          56,
          List.of(
              same("st_dev", 0, 8),
              same("st_ino", 8, 8),
              same("st_filetype", 16, 1),
              same("st_nlink", 20, 4),
              same("st_size", 24, 8),
              same("st_atim", 32, 8),
              same("st_mtim", 40, 8),
              same("st_ctim", 48, 8)));

  public static final Layout DIRENT =
      new Layout(
          "dirent",
          24,
          24,
          List.of(
              same("d_next", 0, 8),
              same("d_ino", 8, 8),
              same("d_namlen", 16, 4),
              same("d_type", 20, 1)));

  public static final Layout LOOKUP =
      new Layout("lookup", 8, 8, List.of(same("fd", 0, 4), same("flags", 4, 4)));

  public static final Layout TCB = new Layout("tcb", 4, 8, List.of(word("parent", 0, 0)));

  public static final Layout THREADATTR =
      new Layout(
          "threadattr",
          16,
          32,
          List.of(
              word("entry_point", 0, 0),
              word("stack", 4, 8),
              word("stack_len", 8, 16),
              word("argument", 12, 24)));

  /** Every layout, for the reference test. */
  public static List<Layout> all() {
    return List.of(AUXV, IOVEC, CIOVEC, FDSTAT, FILESTAT, DIRENT, LOOKUP, TCB, THREADATTR);
  }
}
