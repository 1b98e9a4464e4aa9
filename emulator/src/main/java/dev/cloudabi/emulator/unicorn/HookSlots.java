package dev.cloudabi.emulator.unicorn;

import java.util.Arrays;

/**
 * The Java side of every hook of every engine, found by a small number. Unicorn hands each callback
 * the {@code user_data} pointer given to {@code uc_hook_add}; we pass a slot number there, so one
 * upcall stub per kind of hook serves all engines. A stub bound to one engine's hook would be new
 * code for the JIT to warm up with every engine, and its call would go through a chain of bound
 * method handles (ADR 0012).
 */
final class HookSlots {
  /** A registered hook and the engine hooks that record its failures. */
  record Slot(HookUpcalls owner, Object hook) {}

  private static volatile Slot[] slots = new Slot[64];
  private static int next;

  private HookSlots() {}

  /** The slot of {@code id}; only called by upcalls of a live registration. */
  static Slot get(long id) {
    return slots[(int) id];
  }

  static synchronized int register(HookUpcalls owner, Object hook) {
    Slot[] current = slots;
    int id = -1;
    for (int i = 0; i < current.length; i++) {
      int candidate = (next + i) % current.length;
      if (candidate != 0 && current[candidate] == null) {
        id = candidate;
        break;
      }
    }
    Slot[] updated = current;
    if (id < 0) {
      id = current.length;
      updated = Arrays.copyOf(current, current.length * 2);
    } else {
      updated = current.clone();
    }
    updated[id] = new Slot(owner, hook);
    next = id + 1;
    slots = updated;
    return id;
  }

  /** Frees the slots of a closed engine; Unicorn calls none of its hooks any more. */
  static synchronized void release(int[] ids, int count) {
    Slot[] updated = slots.clone();
    for (int i = 0; i < count; i++) {
      updated[ids[i]] = null;
    }
    slots = updated;
  }
}
