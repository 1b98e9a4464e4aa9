package dev.cloudabi.editor;

import java.util.Set;

/** The reserved words of C that the highlighter distinguishes. */
final class CWords {
  private static final Set<String> KEYWORDS =
      Set.of(
          "auto",
          "break",
          "case",
          "const",
          "continue",
          "default",
          "do",
          "else",
          "enum",
          "extern",
          "for",
          "goto",
          "if",
          "inline",
          "register",
          "restrict",
          "return",
          "sizeof",
          "static",
          "struct",
          "switch",
          "typedef",
          "union",
          "volatile",
          "while",
          "_Alignas",
          "_Alignof",
          "_Atomic",
          "_Generic",
          "_Noreturn",
          "_Static_assert",
          "_Thread_local",
          "alignas",
          "alignof",
          "constexpr",
          "static_assert",
          "thread_local",
          "typeof",
          "typeof_unqual",
          "NULL",
          "true",
          "false",
          "nullptr",
          "asm",
          "__asm__",
          "__attribute__",
          "__inline__",
          "__restrict",
          "__volatile__",
          "__extension__");
  private static final Set<String> TYPES =
      Set.of(
          "void",
          "char",
          "short",
          "int",
          "long",
          "float",
          "double",
          "signed",
          "unsigned",
          "bool",
          "_Bool",
          "_Complex",
          "_Imaginary",
          "FILE",
          "DIR",
          "va_list",
          "__int128");

  private CWords() {}

  static boolean isKeyword(String word) {
    return KEYWORDS.contains(word);
  }

  static boolean isType(String word) {
    return TYPES.contains(word) || (word.length() > 2 && word.endsWith("_t"));
  }

  /** Identifiers that prefix a string or character literal. */
  static boolean isLiteralPrefix(String word) {
    return word.equals("L") || word.equals("u") || word.equals("U") || word.equals("u8");
  }
}
