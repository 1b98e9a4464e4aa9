package dev.cloudabi.elf.disasm;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies branches and reads direct targets from operand text in Capstone's default syntax
 * ({@code call 0x1234}, {@code bl #0x102e0}, {@code cbz x0, #0x40}); shared by every {@link
 * Disassembler} so they agree on what a direct branch is.
 */
public final class BranchClassifier {
  private static final Pattern X86_IMMEDIATE = Pattern.compile("^0x([0-9a-fA-F]+)$");
  private static final Pattern ARM_LAST_IMMEDIATE = Pattern.compile("#(-?)0x([0-9a-fA-F]+)$");
  private static final Pattern ARM_BRANCH =
      Pattern.compile(
          "^(b|bl|blx|bx)(eq|ne|cs|hs|cc|lo|mi|pl|vs|vc|hi|ls|ge|lt|gt|le|al)?(\\.w|\\.n)?$");

  private BranchClassifier() {}

  public static BranchKind kind(DisasmArch arch, String mnemonic, String operands) {
    String m = mnemonic.toLowerCase(Locale.ROOT);
    return switch (arch) {
      case X86, X86_64 -> x86(m);
      case AARCH64 -> aarch64(m);
      case ARM, THUMB -> arm(m, operands.toLowerCase(Locale.ROOT));
    };
  }

  /** The target of a direct branch or call; empty for indirect ones and other instructions. */
  public static OptionalLong directTarget(DisasmArch arch, String mnemonic, String operands) {
    BranchKind kind = kind(arch, mnemonic, operands);
    if (kind == BranchKind.NONE || kind == BranchKind.RETURN) {
      return OptionalLong.empty();
    }
    String ops = operands.trim();
    if (arch == DisasmArch.X86 || arch == DisasmArch.X86_64) {
      Matcher m = X86_IMMEDIATE.matcher(ops);
      return m.matches() ? parse(m.group(1), false) : OptionalLong.empty();
    }
    Matcher m = ARM_LAST_IMMEDIATE.matcher(ops);
    return m.find() ? parse(m.group(2), !m.group(1).isEmpty()) : OptionalLong.empty();
  }

  private static OptionalLong parse(String hex, boolean negative) {
    if (hex.length() > 16) {
      return OptionalLong.empty();
    }
    long value = Long.parseUnsignedLong(hex, 16);
    return OptionalLong.of(negative ? -value : value);
  }

  private static BranchKind x86(String m) {
    if (m.startsWith("call")) {
      return BranchKind.CALL;
    }
    if (m.equals("jmp") || m.equals("ljmp")) {
      return BranchKind.JUMP;
    }
    if (m.startsWith("j") || m.startsWith("loop")) {
      return BranchKind.CONDITIONAL_JUMP;
    }
    if (m.startsWith("ret") || m.startsWith("iret")) {
      return BranchKind.RETURN;
    }
    return BranchKind.NONE;
  }

  private static BranchKind aarch64(String m) {
    return switch (m) {
      case "bl", "blr" -> BranchKind.CALL;
      case "b", "br" -> BranchKind.JUMP;
      case "ret", "eret" -> BranchKind.RETURN;
      case "cbz", "cbnz", "tbz", "tbnz" -> BranchKind.CONDITIONAL_JUMP;
      default -> m.startsWith("b.") ? BranchKind.CONDITIONAL_JUMP : BranchKind.NONE;
    };
  }

  private static BranchKind arm(String m, String operands) {
    if (m.equals("cbz") || m.equals("cbnz")) {
      return BranchKind.CONDITIONAL_JUMP;
    }
    if (m.startsWith("pop") || m.startsWith("ldm")) {
      return operands.contains("pc") ? BranchKind.RETURN : BranchKind.NONE;
    }
    Matcher b = ARM_BRANCH.matcher(m);
    if (!b.matches()) {
      return BranchKind.NONE;
    }
    boolean conditional = b.group(2) != null && !b.group(2).equals("al");
    return switch (b.group(1)) {
      case "bl", "blx" -> BranchKind.CALL;
      case "bx" -> operands.trim().equals("lr") ? BranchKind.RETURN : BranchKind.JUMP;
      default -> conditional ? BranchKind.CONDITIONAL_JUMP : BranchKind.JUMP;
    };
  }
}
