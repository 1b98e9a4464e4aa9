package dev.cloudabi.emulator.unicorn;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BOOLEAN;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The hooks of one engine: upcall stubs that call our Java hooks and never let an exception cross
 * the native frames. A throwing hook is recorded, the engine is stopped, and {@link #takeFailure()}
 * hands the exception to {@link UnicornEngine#start} once Unicorn has returned.
 */
final class HookUpcalls {
  private static final int UC_HOOK_INTR = 1;
  private static final int UC_HOOK_CODE = 4;
  private static final int UC_HOOK_BLOCK = 8;
  private static final int UC_HOOK_MEM_INVALID = 0x10 | 0x20 | 0x40 | 0x80 | 0x100 | 0x200;
  private static final int UC_HOOK_INSN_INVALID = 1 << 14;

  private static final MethodHandle CODE_UPCALL;
  private static final MethodHandle MEM_UPCALL;
  private static final MethodHandle INTR_UPCALL;
  private static final MethodHandle INSN_UPCALL;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      CODE_UPCALL =
          lookup.findVirtual(
              HookUpcalls.class,
              "codeUpcall",
              MethodType.methodType(
                  void.class,
                  Hooks.CodeHook.class,
                  MemorySegment.class,
                  long.class,
                  int.class,
                  MemorySegment.class));
      MEM_UPCALL =
          lookup.findVirtual(
              HookUpcalls.class,
              "memUpcall",
              MethodType.methodType(
                  boolean.class,
                  Hooks.MemoryFaultHook.class,
                  MemorySegment.class,
                  int.class,
                  long.class,
                  int.class,
                  long.class,
                  MemorySegment.class));
      INTR_UPCALL =
          lookup.findVirtual(
              HookUpcalls.class,
              "intrUpcall",
              MethodType.methodType(
                  void.class,
                  Hooks.InterruptHook.class,
                  MemorySegment.class,
                  int.class,
                  MemorySegment.class));
      INSN_UPCALL =
          lookup.findVirtual(
              HookUpcalls.class,
              "insnUpcall",
              MethodType.methodType(
                  boolean.class,
                  Hooks.InvalidInstructionHook.class,
                  MemorySegment.class,
                  MemorySegment.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Calls {@code hook} before every instruction in {@code [begin, end]} (inclusive). */
  void addCodeHook(long begin, long end, Hooks.CodeHook hook) {
    MemorySegment stub =
        upcall(
            CODE_UPCALL.bindTo(this).bindTo(hook),
            FunctionDescriptor.ofVoid(ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS));
    addHook("UC_HOOK_CODE", UC_HOOK_CODE, stub, begin, end);
  }

  /**
   * Calls {@code hook} at the start of every translated block that begins in {@code [begin, end]}.
   */
  void addBlockHook(long begin, long end, Hooks.CodeHook hook) {
    MemorySegment stub =
        upcall(
            CODE_UPCALL.bindTo(this).bindTo(hook),
            FunctionDescriptor.ofVoid(ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS));
    addHook("UC_HOOK_BLOCK", UC_HOOK_BLOCK, stub, begin, end);
  }

  /** Calls {@code hook} for unmapped and protection-violating accesses anywhere. */
  void addMemoryFaultHook(Hooks.MemoryFaultHook hook) {
    MemorySegment stub =
        upcall(
            MEM_UPCALL.bindTo(this).bindTo(hook),
            FunctionDescriptor.of(
                JAVA_BOOLEAN, ADDRESS, JAVA_INT, JAVA_LONG, JAVA_INT, JAVA_LONG, ADDRESS));
    addHook("UC_HOOK_MEM_INVALID", UC_HOOK_MEM_INVALID, stub, 1, 0);
  }

  void addInterruptHook(Hooks.InterruptHook hook) {
    MemorySegment stub =
        upcall(
            INTR_UPCALL.bindTo(this).bindTo(hook),
            FunctionDescriptor.ofVoid(ADDRESS, JAVA_INT, ADDRESS));
    addHook("UC_HOOK_INTR", UC_HOOK_INTR, stub, 1, 0);
  }

  void addInvalidInstructionHook(Hooks.InvalidInstructionHook hook) {
    MemorySegment stub =
        upcall(
            INSN_UPCALL.bindTo(this).bindTo(hook),
            FunctionDescriptor.of(JAVA_BOOLEAN, ADDRESS, ADDRESS));
    addHook("UC_HOOK_INSN_INVALID", UC_HOOK_INSN_INVALID, stub, 1, 0);
  }

  private MemorySegment upcall(MethodHandle target, FunctionDescriptor descriptor) {
    return Linker.nativeLinker().upcallStub(target, descriptor, arena);
  }

  private void addHook(String name, int type, MemorySegment stub, long begin, long end) {
    MemorySegment handle = arena.allocate(JAVA_LONG);
    int rc;
    try {
      rc = (int) lib.hookAdd.invokeExact(uc, handle, type, stub, MemorySegment.NULL, begin, end);
    } catch (Throwable t) {
      throw new UnicornException("uc_hook_add(" + name + ") failed: " + t);
    }
    lib.check("uc_hook_add(" + name + ")", rc);
  }

  private void codeUpcall(
      Hooks.CodeHook hook, MemorySegment ignoredUc, long address, int size, MemorySegment user) {
    try {
      hook.onCode(address, size);
    } catch (Throwable t) {
      fail(t);
    }
  }

  private boolean memUpcall(
      Hooks.MemoryFaultHook hook,
      MemorySegment ignoredUc,
      int type,
      long address,
      int size,
      long value,
      MemorySegment user) {
    try {
      return hook.onFault(MemoryAccess.fromUnicorn(type), address, size);
    } catch (Throwable t) {
      fail(t);
      return false;
    }
  }

  private void intrUpcall(
      Hooks.InterruptHook hook, MemorySegment ignoredUc, int number, MemorySegment user) {
    try {
      hook.onInterrupt(number);
    } catch (Throwable t) {
      fail(t);
    }
  }

  private boolean insnUpcall(
      Hooks.InvalidInstructionHook hook, MemorySegment ignoredUc, MemorySegment user) {
    try {
      return hook.onInvalidInstruction();
    } catch (Throwable t) {
      fail(t);
      return false;
    }
  }

  private void fail(Throwable t) {
    if (pending == null) {
      pending = t;
    }
    stop.run();
  }

  private final UnicornLibrary lib;
  private final MemorySegment uc;
  private final Arena arena;
  private final Runnable stop;
  private Throwable pending;

  HookUpcalls(UnicornLibrary lib, MemorySegment uc, Arena arena, Runnable stop) {
    this.lib = lib;
    this.uc = uc;
    this.arena = arena;
    this.stop = stop;
  }

  /** The first exception a hook threw since the last call, or null. */
  Throwable takeFailure() {
    Throwable failure = pending;
    pending = null;
    return failure;
  }
}
