package dev.cloudabi.emulator.unicorn;

/** Callbacks an engine can deliver. Implementations may throw; see {@link UnicornEngine}. */
public final class Hooks {
  private Hooks() {}

  /** An instruction in the hooked range is about to execute. */
  @FunctionalInterface
  public interface CodeHook {
    void onCode(long address, int size);
  }

  /**
   * The guest touched unmapped memory or violated a protection. Return {@code true} only if the
   * hook made the access valid (for example by mapping the page).
   */
  @FunctionalInterface
  public interface MemoryFaultHook {
    boolean onFault(MemoryAccess access, long address, int size);
  }

  /** A CPU interrupt or exception (x86 {@code int}, ARM {@code svc}/undefined). */
  @FunctionalInterface
  public interface InterruptHook {
    void onInterrupt(int number);
  }

  /** The CPU met an instruction it cannot decode. Return {@code true} to skip it. */
  @FunctionalInterface
  public interface InvalidInstructionHook {
    boolean onInvalidInstruction();
  }
}
