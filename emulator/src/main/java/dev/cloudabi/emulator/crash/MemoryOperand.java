package dev.cloudabi.emulator.crash;

import dev.cloudabi.emulator.cpu.Arch;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The address an ARM or AArch64 load or store accesses, worked out from its disassembled operands
 * and the registers. Unicorn reports a data abort (such as a misaligned exclusive load) as a CPU
 * exception without the address; the crash report computes it here instead. Understands the
 * addressing forms of Capstone's text: {@code [rn]}, {@code [rn, #imm]}, {@code [rn, #imm]!},
 * {@code [rn], #imm} (post-index: the base itself), {@code [rn, rm]} with an optional {@code lsl},
 * {@code uxtw} or {@code sxtw} shift, and load/store-multiple {@code rn{!}, {…}}.
 */
public final class MemoryOperand {
  private static final Pattern BRACKETS = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern MULTIPLE = Pattern.compile("^\\s*([a-z0-9]+)!?\\s*,\\s*\\{");
  private static final Pattern SHIFTED =
      Pattern.compile("([a-z0-9]+)(?:\\s*,\\s*(lsl|uxtw|sxtw|sxtx|uxtx)(?:\\s*#(\\S+))?)?");

  private MemoryOperand() {}

  /**
   * The accessed address, or empty when the operands have no memory operand this understands or
   * name a register the report lacks.
   *
   * @param pc the address of the instruction (ARM reads {@code pc} as the instruction plus 8)
   * @param registers register values by lower-case name ({@code r0}, {@code sp}, {@code x1}…)
   */
  public static OptionalLong address(
      Arch arch, String mnemonic, String operands, long pc, Map<String, Long> registers) {
    if (arch != Arch.ARMV6 && arch != Arch.AARCH64) {
      return OptionalLong.empty();
    }
    String text = operands.toLowerCase(Locale.ROOT).strip();
    Matcher bracket = BRACKETS.matcher(text);
    if (bracket.find()) {
      return bracketed(arch, bracket.group(1), pc, registers);
    }
    Matcher multiple = MULTIPLE.matcher(text);
    if (multiple.find() && mnemonic.toLowerCase(Locale.ROOT).matches("(ldm|stm)(ia)?")) {
      return register(arch, multiple.group(1), pc, registers);
    }
    return OptionalLong.empty();
  }

  private static OptionalLong bracketed(
      Arch arch, String inside, long pc, Map<String, Long> registers) {
    String[] parts = inside.split(",", 2);
    OptionalLong base = register(arch, parts[0].strip(), pc, registers);
    if (base.isEmpty() || parts.length == 1) {
      return base;
    }
    String offset = parts[1].strip();
    long mask = arch == Arch.ARMV6 ? 0xFFFF_FFFFL : -1L;
    if (offset.startsWith("#")) {
      OptionalLong value = number(offset.substring(1));
      return value.isPresent()
          ? OptionalLong.of((base.getAsLong() + value.getAsLong()) & mask)
          : OptionalLong.empty();
    }
    boolean negative = offset.startsWith("-");
    Matcher shifted = SHIFTED.matcher(negative ? offset.substring(1).strip() : offset);
    if (!shifted.matches()) {
      return OptionalLong.empty();
    }
    OptionalLong index = register(arch, shifted.group(1), pc, registers);
    if (index.isEmpty()) {
      return OptionalLong.empty();
    }
    long value = index.getAsLong();
    String extend = shifted.group(2);
    if ("uxtw".equals(extend)) {
      value &= 0xFFFF_FFFFL;
    } else if ("sxtw".equals(extend)) {
      value = (int) value;
    }
    if (shifted.group(3) != null) {
      OptionalLong amount = number(shifted.group(3));
      if (amount.isEmpty()) {
        return OptionalLong.empty();
      }
      value <<= amount.getAsLong();
    }
    return OptionalLong.of((base.getAsLong() + (negative ? -value : value)) & mask);
  }

  private static OptionalLong register(
      Arch arch, String name, long pc, Map<String, Long> registers) {
    String canonical =
        switch (name) {
          case "sb" -> "r9";
          case "sl" -> "r10";
          case "fp" -> arch == Arch.ARMV6 ? "r11" : "x29";
          case "ip" -> "r12";
          case "lr" -> arch == Arch.ARMV6 ? "lr" : "x30";
          default -> name;
        };
    if (canonical.equals("xzr") || canonical.equals("wzr")) {
      return OptionalLong.of(0);
    }
    if (arch == Arch.ARMV6 && canonical.equals("pc")) {
      return OptionalLong.of((pc + 8) & 0xFFFF_FFFFL);
    }
    boolean word = arch == Arch.AARCH64 && canonical.matches("w\\d+");
    Long value = registers.get(word ? "x" + canonical.substring(1) : canonical);
    if (value == null) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(word ? value & 0xFFFF_FFFFL : value);
  }

  private static OptionalLong number(String text) {
    String t = text.strip();
    boolean negative = t.startsWith("-");
    if (negative) {
      t = t.substring(1);
    }
    try {
      long value =
          t.startsWith("0x") ? Long.parseUnsignedLong(t.substring(2), 16) : Long.parseLong(t);
      return OptionalLong.of(negative ? -value : value);
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
