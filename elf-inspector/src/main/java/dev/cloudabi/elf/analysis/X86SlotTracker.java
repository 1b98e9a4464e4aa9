package dev.cloudabi.elf.analysis;

import dev.cloudabi.elf.ElfFile;
import dev.cloudabi.elf.disasm.BranchKind;
import dev.cloudabi.elf.disasm.Instruction;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows the address of cloudlibc's slot table through x86 registers over a linear run of
 * instructions: {@code lea reg, [rip + d]}, a pointer loaded from the GOT ({@code mov reg, [rip +
 * d]}, resolved through its {@code R_*_RELATIVE} relocation or the file's bytes), an immediate
 * ({@code mov reg, 0x403218} in fixed-address code), register copies, and finally {@code call [reg
 * + off]}. Caller-saved registers are forgotten at calls, everything at returns and jumps.
 * Deliberately small: it recognises what compilers emit for {@code cloudabi_syscalls.name(...)},
 * not general data flow.
 */
final class X86SlotTracker implements SlotTracker {
  private static final Pattern MEMORY =
      Pattern.compile("\\[(\\w+)(?: ([+-]) (0x[0-9a-fA-F]+|\\d+))?\\]");
  private static final Pattern IMMEDIATE = Pattern.compile("0x[0-9a-fA-F]+|\\d+");
  private static final Pattern DESTINATION = Pattern.compile("^(\\w+),\\s*(.*)$");
  private static final Set<String> CALLER_SAVED =
      Set.of("rax", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11", "eax", "ecx", "edx");

  private final PointerReader pointers;
  private final Map<String, Long> known = new HashMap<>();

  X86SlotTracker(ElfFile elf) {
    this.pointers = new PointerReader(elf);
  }

  /** The address a call or jump through memory reads, when known; -1 otherwise. */
  @Override
  public long step(Instruction i) {
    long read = -1;
    if (i.kind() == BranchKind.CALL || i.kind() == BranchKind.JUMP) {
      read = address(i, i.operands());
    }
    track(i);
    return read;
  }

  private void track(Instruction i) {
    switch (i.kind()) {
      // Callee-saved registers keep the table address across branches: cloudlibc code loads it
      // once and uses it in several blocks. Arguments and scratch registers do not survive.
      case CALL, JUMP, RETURN -> CALLER_SAVED.forEach(known::remove);
      case CONDITIONAL_JUMP -> {}
      case NONE -> {
        Matcher d = DESTINATION.matcher(i.operands());
        if (!d.matches()) {
          return;
        }
        String register = d.group(1);
        String source = d.group(2);
        known.remove(register);
        if (i.mnemonic().equals("lea")) {
          long a = address(i, source);
          if (a != -1) {
            known.put(register, a);
          }
        } else if (i.mnemonic().equals("mov")) {
          if (IMMEDIATE.matcher(source).matches()) {
            long value = parse(source);
            if (value != -1) {
              known.put(register, value);
            }
          } else if (known.containsKey(source)) {
            known.put(register, known.get(source));
          } else if (source.contains("[")) {
            long a = address(i, source);
            OptionalLong pointer = a == -1 ? OptionalLong.empty() : pointers.at(a);
            pointer.ifPresent(p -> known.put(register, p));
          }
        }
      }
    }
  }

  /** The address of a memory operand {@code [rip ± d]}, {@code [reg ± d]} or {@code [abs]}. */
  private long address(Instruction i, String text) {
    Matcher m = MEMORY.matcher(text);
    if (!m.find()) {
      return -1;
    }
    String base = m.group(1);
    long displacement = m.group(3) == null ? 0 : parse(m.group(3));
    if (displacement < 0) {
      return -1;
    }
    long sign = "-".equals(m.group(2)) ? -1 : 1;
    if (base.equals("rip")) {
      return i.address() + i.length() + sign * displacement;
    }
    if (base.startsWith("0x") || Character.isDigit(base.charAt(0))) {
      return m.group(3) == null ? parse(base) : -1;
    }
    Long value = known.get(base);
    return value == null ? -1 : value + sign * displacement;
  }

  private static long parse(String number) {
    if (number.length() > 15) {
      return -1;
    }
    return number.startsWith("0x")
        ? Long.parseLong(number.substring(2), 16)
        : Long.parseLong(number);
  }
}
