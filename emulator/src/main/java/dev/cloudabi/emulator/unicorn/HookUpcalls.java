package dev.cloudabi.emulator.unicorn;

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
 * The hooks of one engine. Every kind of hook has one upcall stub shared by all engines (created on
 * first use); Unicorn passes it the hook's slot number as {@code user_data} ({@link HookSlots}).
 * Upcalls never let an exception cross the native frames: a throwing hook is recorded, its engine
 * is stopped, and {@link #takeFailure()} hands the exception to {@link UnicornEngine#start} once
 * Unicorn has returned.
 *
 * <p>The engine handle and {@code user_data} are declared as 64-bit integers rather than addresses:
 * the C calling convention passes both alike on the 64-bit hosts we support, and no {@link
 * MemorySegment} is made per call.
 */
final class HookUpcalls {
  private static final int UC_HOOK_INTR = 1;
  private static final int UC_HOOK_CODE = 4;
  private static final int UC_HOOK_BLOCK = 8;
  private static final int UC_HOOK_MEM_INVALID = 0x10 | 0x20 | 0x40 | 0x80 | 0x100 | 0x200;
  private static final int UC_HOOK_INSN_INVALID = 1 << 14;

  /** One stub per kind of hook, made on first use and kept for the life of the JVM. */
  private enum Stub {
    CODE(
        "codeUpcall",
        MethodType.methodType(void.class, long.class, long.class, int.class, long.class),
        FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_LONG)),
    MEMORY(
        "memUpcall",
        MethodType.methodType(
            boolean.class, long.class, int.class, long.class, int.class, long.class, long.class),
        FunctionDescriptor.of(
            JAVA_BOOLEAN, JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_INT, JAVA_LONG, JAVA_LONG)),
    INTERRUPT(
        "intrUpcall",
        MethodType.methodType(void.class, long.class, int.class, long.class),
        FunctionDescriptor.ofVoid(JAVA_LONG, JAVA_INT, JAVA_LONG)),
    INVALID_INSTRUCTION(
        "insnUpcall",
        MethodType.methodType(boolean.class, long.class, long.class),
        FunctionDescriptor.of(JAVA_BOOLEAN, JAVA_LONG, JAVA_LONG));

    private final String method;
    private final MethodType type;
    private final FunctionDescriptor descriptor;
    private MemorySegment stub;

    Stub(String method, MethodType type, FunctionDescriptor descriptor) {
      this.method = method;
      this.type = type;
      this.descriptor = descriptor;
    }

    synchronized MemorySegment stub() {
      if (stub == null) {
        try {
          MethodHandle target = MethodHandles.lookup().findStatic(HookUpcalls.class, method, type);
          stub = Linker.nativeLinker().upcallStub(target, descriptor, Arena.global());
        } catch (ReflectiveOperationException e) {
          throw new UnicornException("cannot link the " + method + " hook: " + e);
        }
      }
      return stub;
    }
  }

  /** Calls {@code hook} before every instruction in {@code [begin, end]} (inclusive). */
  void addCodeHook(long begin, long end, Hooks.CodeHook hook) {
    addHook("UC_HOOK_CODE", UC_HOOK_CODE, Stub.CODE, hook, begin, end);
  }

  /**
   * Calls {@code hook} at the start of every translated block that begins in {@code [begin, end]}.
   */
  void addBlockHook(long begin, long end, Hooks.CodeHook hook) {
    addHook("UC_HOOK_BLOCK", UC_HOOK_BLOCK, Stub.CODE, hook, begin, end);
  }

  /** Calls {@code hook} for unmapped and protection-violating accesses anywhere. */
  void addMemoryFaultHook(Hooks.MemoryFaultHook hook) {
    addHook("UC_HOOK_MEM_INVALID", UC_HOOK_MEM_INVALID, Stub.MEMORY, hook, 1, 0);
  }

  void addInterruptHook(Hooks.InterruptHook hook) {
    addHook("UC_HOOK_INTR", UC_HOOK_INTR, Stub.INTERRUPT, hook, 1, 0);
  }

  void addInvalidInstructionHook(Hooks.InvalidInstructionHook hook) {
    addHook("UC_HOOK_INSN_INVALID", UC_HOOK_INSN_INVALID, Stub.INVALID_INSTRUCTION, hook, 1, 0);
  }

  private void addHook(String name, int type, Stub stub, Object hook, long begin, long end) {
    int slot = HookSlots.register(this, hook);
    MemorySegment handle = arena.allocate(JAVA_LONG);
    int rc;
    try {
      rc =
          (int)
              lib.hookAdd.invokeExact(
                  uc, handle, type, stub.stub(), MemorySegment.ofAddress(slot), begin, end);
    } catch (Throwable t) {
      HookSlots.release(new int[] {slot}, 1);
      throw new UnicornException("uc_hook_add(" + name + ") failed: " + t);
    }
    if (rc != 0) {
      HookSlots.release(new int[] {slot}, 1);
    }
    lib.check("uc_hook_add(" + name + ")", rc);
    if (slotCount == slots.length) {
      slots = java.util.Arrays.copyOf(slots, slots.length * 2);
    }
    slots[slotCount++] = slot;
  }

  private static void codeUpcall(long uc, long address, int size, long user) {
    HookSlots.Slot slot = null;
    try {
      slot = HookSlots.get(user);
      ((Hooks.CodeHook) slot.hook()).onCode(address, size);
    } catch (Throwable t) {
      failed(slot, uc, t);
    }
  }

  private static boolean memUpcall(
      long uc, int type, long address, int size, long value, long user) {
    HookSlots.Slot slot = null;
    try {
      slot = HookSlots.get(user);
      return ((Hooks.MemoryFaultHook) slot.hook())
          .onFault(MemoryAccess.fromUnicorn(type), address, size);
    } catch (Throwable t) {
      failed(slot, uc, t);
      return false;
    }
  }

  private static void intrUpcall(long uc, int number, long user) {
    HookSlots.Slot slot = null;
    try {
      slot = HookSlots.get(user);
      ((Hooks.InterruptHook) slot.hook()).onInterrupt(number);
    } catch (Throwable t) {
      failed(slot, uc, t);
    }
  }

  private static boolean insnUpcall(long uc, long user) {
    HookSlots.Slot slot = null;
    try {
      slot = HookSlots.get(user);
      return ((Hooks.InvalidInstructionHook) slot.hook()).onInvalidInstruction();
    } catch (Throwable t) {
      failed(slot, uc, t);
      return false;
    }
  }

  /** Records a hook's failure and stops its engine; never throws (we are inside an upcall). */
  private static void failed(HookSlots.Slot slot, long uc, Throwable t) {
    try {
      if (slot != null) {
        slot.owner().fail(t);
      } else {
        // No registration for this number: a bug of ours. Stop the engine so it does not run on.
        int ignored = (int) UnicornLibrary.get().emuStop.invokeExact(MemorySegment.ofAddress(uc));
      }
    } catch (Throwable ignored) {
      // Nothing more can be done without letting an exception into native frames.
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
  private int[] slots = new int[8];
  private int slotCount;

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

  /** Frees this engine's hook slots; called once the engine is closed. */
  void release() {
    HookSlots.release(slots, slotCount);
    slotCount = 0;
  }
}
