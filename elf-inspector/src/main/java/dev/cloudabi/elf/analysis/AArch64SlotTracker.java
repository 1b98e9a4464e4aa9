package dev.cloudabi.elf.analysis;

import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.disasm.BranchKind;
import dev.cloudabi.elf.disasm.Instruction;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AArch64 counterpart of {@link X86SlotTracker}: follows {@code adrp}/{@code add} pairs,
 * pointers loaded from the GOT and register copies, and reports the address each {@code ldr xN,
 * [xM, #imm]} reads (loading a slot is how cloudlibc calls through it: {@code ldr x8, [x26,
 * #0x110]; blr x8}). Values survive branches (the table register is set once in {@code _start} and
 * used in many blocks); calls forget the caller-saved registers x0–x18.
 */
final class AArch64SlotTracker implements SlotTracker {
  private static final Pattern NUMBER = Pattern.compile("#?(-?)(0x[0-9a-fA-F]+|\\d+)");
  private static final Pattern ADRP = Pattern.compile("^(x\\d+), #?(0x[0-9a-fA-F]+|\\d+)");
  private static final Pattern ADD = Pattern.compile("^(x\\d+), (x\\d+), #(0x[0-9a-fA-F]+|\\d+)$");
  private static final Pattern LOAD =
      Pattern.compile("^(x\\d+), \\[(x\\d+)(?:, #(-?)(0x[0-9a-fA-F]+|\\d+))?\\](!?)$");
  private static final Pattern MOVE = Pattern.compile("^(x\\d+), (x\\d+)$");

  private final PointerReader pointers;
  private final Map<String, Long> known = new HashMap<>();

  AArch64SlotTracker(ElfFile elf) {
    this.pointers = new PointerReader(elf);
  }

  @Override
  public long step(Instruction i) {
    String m = i.mnemonic();
    String ops = i.operands().replaceAll("\\s*<.*$", "").trim();
    long read = -1;
    if (i.kind() == BranchKind.CALL) {
      for (int r = 0; r <= 18; r++) {
        known.remove("x" + r);
      }
      return -1;
    }
    if (m.equals("adrp")) {
      Matcher a = ADRP.matcher(ops);
      if (a.find()) {
        known.put(a.group(1), number(a.group(2)));
      }
    } else if (m.equals("add")) {
      Matcher a = ADD.matcher(ops);
      if (a.matches() && known.containsKey(a.group(2))) {
        known.put(a.group(1), known.get(a.group(2)) + number(a.group(3)));
      } else {
        forgetDestination(ops);
      }
    } else if (m.equals("ldr")) {
      Matcher l = LOAD.matcher(ops);
      if (l.matches() && known.containsKey(l.group(2))) {
        long offset = l.group(4) == null ? 0 : number(l.group(4));
        read = known.get(l.group(2)) + ("-".equals(l.group(3)) ? -offset : offset);
        OptionalLong pointer = pointers.at(read);
        if (pointer.isPresent()) {
          known.put(l.group(1), pointer.getAsLong());
        } else {
          known.remove(l.group(1));
        }
      } else {
        forgetDestination(ops);
      }
    } else if (m.equals("mov")) {
      Matcher v = MOVE.matcher(ops);
      if (v.matches() && known.containsKey(v.group(2))) {
        known.put(v.group(1), known.get(v.group(2)));
      } else {
        forgetDestination(ops);
      }
    } else {
      forgetDestination(ops);
    }
    return read;
  }

  private void forgetDestination(String ops) {
    int comma = ops.indexOf(',');
    if (comma > 0) {
      String destination = ops.substring(0, comma).trim();
      known.remove(destination);
      // A write to wN clears the upper half of xN.
      if (destination.startsWith("w")) {
        known.remove("x" + destination.substring(1));
      }
    }
  }

  private static long number(String text) {
    Matcher n = NUMBER.matcher(text);
    if (!n.matches() || n.group(2).length() > 15) {
      return Long.MIN_VALUE / 2;
    }
    String digits = n.group(2);
    long value =
        digits.startsWith("0x") ? Long.parseLong(digits.substring(2), 16) : Long.parseLong(digits);
    return n.group(1).isEmpty() ? value : -value;
  }
}
