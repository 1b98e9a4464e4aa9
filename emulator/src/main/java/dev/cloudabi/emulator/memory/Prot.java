package dev.cloudabi.emulator.memory;

/** Guest page protection bits (the CloudABI {@code mprot} values differ; see MemSyscalls). */
public final class Prot {
  public static final int NONE = 0;
  public static final int READ = 1;
  public static final int WRITE = 2;
  public static final int EXEC = 4;
  public static final int RW = READ | WRITE;
  public static final int RX = READ | EXEC;

  private Prot() {}

  public static String describe(int prot) {
    return ((prot & READ) != 0 ? "r" : "-")
        + ((prot & WRITE) != 0 ? "w" : "-")
        + ((prot & EXEC) != 0 ? "x" : "-");
  }
}
