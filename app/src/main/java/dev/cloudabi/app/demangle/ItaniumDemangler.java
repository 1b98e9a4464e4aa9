package dev.cloudabi.app.demangle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small demangler for the common cases of the Itanium C++ ABI: nested names, {@code std::}
 * abbreviations, constructors and destructors, common operators, template arguments, builtin,
 * pointer, reference, const and substituted parameter types. Anything else yields empty, and the
 * caller shows the raw name. Instances are not thread-safe; use one per thread.
 */
public final class ItaniumDemangler {
  private static final Map<Character, String> BUILTINS =
      Map.ofEntries(
          Map.entry('v', "void"),
          Map.entry('w', "wchar_t"),
          Map.entry('b', "bool"),
          Map.entry('c', "char"),
          Map.entry('a', "signed char"),
          Map.entry('h', "unsigned char"),
          Map.entry('s', "short"),
          Map.entry('t', "unsigned short"),
          Map.entry('i', "int"),
          Map.entry('j', "unsigned int"),
          Map.entry('l', "long"),
          Map.entry('m', "unsigned long"),
          Map.entry('x', "long long"),
          Map.entry('y', "unsigned long long"),
          Map.entry('n', "__int128"),
          Map.entry('o', "unsigned __int128"),
          Map.entry('f', "float"),
          Map.entry('d', "double"),
          Map.entry('e', "long double"),
          Map.entry('z', "..."));

  private static final Map<String, String> OPERATORS =
      Map.ofEntries(
          Map.entry("nw", "new"),
          Map.entry("na", "new[]"),
          Map.entry("dl", "delete"),
          Map.entry("da", "delete[]"),
          Map.entry("pl", "+"),
          Map.entry("mi", "-"),
          Map.entry("ml", "*"),
          Map.entry("dv", "/"),
          Map.entry("rm", "%"),
          Map.entry("an", "&"),
          Map.entry("or", "|"),
          Map.entry("eo", "^"),
          Map.entry("aS", "="),
          Map.entry("pL", "+="),
          Map.entry("mI", "-="),
          Map.entry("ls", "<<"),
          Map.entry("rs", ">>"),
          Map.entry("eq", "=="),
          Map.entry("ne", "!="),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("le", "<="),
          Map.entry("ge", ">="),
          Map.entry("nt", "!"),
          Map.entry("aa", "&&"),
          Map.entry("oo", "||"),
          Map.entry("pp", "++"),
          Map.entry("mm", "--"),
          Map.entry("cl", "()"),
          Map.entry("ix", "[]"),
          Map.entry("pt", "->"),
          Map.entry("co", "~"));

  private static final Map<Character, String> STD_ABBREVIATIONS =
      Map.of(
          't', "std",
          'a', "std::allocator",
          'b', "std::basic_string",
          's', "std::string",
          'i', "std::istream",
          'o', "std::ostream",
          'd', "std::iostream");

  private String text;
  private int pos;
  private final List<String> substitutions = new ArrayList<>();
  private List<String> templateArgs = List.of();

  /** The demangled form of {@code symbol}, or empty when it is not a name this class handles. */
  public Optional<String> demangle(String symbol) {
    if (symbol == null || !symbol.startsWith("_Z") || symbol.length() > 4096) {
      return Optional.empty();
    }
    text = symbol;
    pos = 2;
    substitutions.clear();
    templateArgs = List.of();
    try {
      Name name = name();
      StringBuilder out = new StringBuilder(name.text);
      if (pos < text.length() && peek() != '.') {
        if (name.templated) {
          out.insert(0, type() + " "); // a template function's return type comes first
        }
        List<String> params = new ArrayList<>();
        while (pos < text.length() && peek() != '.') {
          params.add(type());
        }
        String joined =
            params.size() == 1 && params.get(0).equals("void") ? "" : String.join(", ", params);
        out.append('(').append(joined).append(')').append(name.qualifiers);
      }
      if (pos < text.length()) {
        out.append(" [clone ").append(text.substring(pos)).append(']');
      }
      return Optional.of(out.toString());
    } catch (IllegalStateException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  private record Name(String text, boolean templated, String qualifiers) {}

  private Name name() {
    if (peek() == 'N') {
      return nestedName();
    }
    String prefix = "";
    if (text.startsWith("St", pos)) {
      pos += 2;
      prefix = "std::";
    }
    String unqualified = prefix + unqualifiedName("");
    if (has('I')) {
      substitutions.add(unqualified);
      String args = templateArgs();
      return new Name(unqualified + args, true, "");
    }
    return new Name(unqualified, false, "");
  }

  private Name nestedName() {
    expect('N');
    String qualifiers = "";
    while (peek() == 'r' || peek() == 'V' || peek() == 'K') {
      qualifiers += peek() == 'K' ? " const" : "";
      pos++;
    }
    String scope = "";
    String last = "";
    boolean templated = false;
    while (peek() != 'E') {
      templated = false;
      if (peek() == 'S') {
        scope = substitution();
        last = scope.substring(scope.lastIndexOf(':') + 1);
        continue;
      }
      if (has('I')) {
        scope = scope + templateArgs();
        substitutions.add(scope);
        templated = true;
        continue;
      }
      String part = unqualifiedName(last);
      last = part;
      scope = scope.isEmpty() ? part : scope + "::" + part;
      if (peek() != 'E') {
        substitutions.add(scope);
      }
    }
    expect('E');
    return new Name(scope, templated, qualifiers);
  }

  private String unqualifiedName(String enclosing) {
    char c = peek();
    if (Character.isDigit(c)) {
      return sourceName();
    }
    if (c == 'C' && pos + 1 < text.length() && "123".indexOf(text.charAt(pos + 1)) >= 0) {
      pos += 2;
      return stripTemplate(enclosing);
    }
    if (c == 'D' && pos + 1 < text.length() && "012".indexOf(text.charAt(pos + 1)) >= 0) {
      pos += 2;
      return "~" + stripTemplate(enclosing);
    }
    String op = OPERATORS.get(text.substring(pos, Math.min(pos + 2, text.length())));
    if (op != null) {
      pos += 2;
      return "operator" + (Character.isLetter(op.charAt(0)) ? " " : "") + op;
    }
    throw new IllegalStateException("unsupported name at " + pos);
  }

  private static String stripTemplate(String name) {
    int angle = name.indexOf('<');
    return angle < 0 ? name : name.substring(0, angle);
  }

  private String sourceName() {
    int start = pos;
    while (Character.isDigit(peek())) {
      pos++;
    }
    int length = Integer.parseInt(text.substring(start, pos));
    String id = text.substring(pos, pos + length);
    pos += length;
    return id.startsWith("_GLOBAL__N") ? "(anonymous namespace)" : id;
  }

  private String templateArgs() {
    expect('I');
    List<String> args = new ArrayList<>();
    while (peek() != 'E') {
      if (peek() == 'L') {
        pos++;
        String type = type();
        int start = pos;
        while (peek() != 'E') {
          pos++;
        }
        String value = text.substring(start, pos).replace('n', '-');
        pos++;
        args.add(type.equals("bool") ? (value.equals("0") ? "false" : "true") : value);
      } else {
        args.add(type());
      }
    }
    expect('E');
    templateArgs = List.copyOf(args);
    String joined = String.join(", ", args);
    return "<" + joined + (joined.endsWith(">") ? " >" : ">");
  }

  private String type() {
    char c = peek();
    String builtin = BUILTINS.get(c);
    if (builtin != null) {
      pos++;
      return builtin;
    }
    String result;
    switch (c) {
      case 'P' -> {
        pos++;
        result = type() + "*";
      }
      case 'R' -> {
        pos++;
        result = type() + "&";
      }
      case 'O' -> {
        pos++;
        result = type() + "&&";
      }
      case 'K' -> {
        pos++;
        result = type() + " const";
      }
      case 'V' -> {
        pos++;
        result = type() + " volatile";
      }
      case 'S' -> {
        String sub = substitution();
        if (has('I')) {
          sub = sub + templateArgs();
          substitutions.add(sub);
        }
        return sub;
      }
      case 'N' -> result = nestedName().text;
      case 'T' -> {
        pos++;
        int index = 0;
        if (peek() != '_') {
          int start = pos;
          while (peek() != '_') {
            pos++;
          }
          index = Integer.parseInt(text.substring(start, pos), 36) + 1;
        }
        expect('_');
        if (index >= templateArgs.size()) {
          throw new IllegalStateException("template parameter out of range");
        }
        result = templateArgs.get(index);
      }
      default -> {
        if (Character.isDigit(c)) {
          result = sourceName();
          if (has('I')) {
            substitutions.add(result);
            result = result + templateArgs();
          }
        } else {
          throw new IllegalStateException("unsupported type at " + pos);
        }
      }
    }
    substitutions.add(result);
    return result;
  }

  private String substitution() {
    expect('S');
    char c = peek();
    String abbreviation = STD_ABBREVIATIONS.get(c);
    if (abbreviation != null) {
      pos++;
      if (c == 't') {
        String name = "std::" + unqualifiedName("");
        substitutions.add(name);
        return name;
      }
      return abbreviation;
    }
    int index = 0;
    if (c != '_') {
      int start = pos;
      while (peek() != '_') {
        pos++;
      }
      index = Integer.parseInt(text.substring(start, pos), 36) + 1;
    }
    expect('_');
    if (index >= substitutions.size()) {
      throw new IllegalStateException("substitution out of range");
    }
    return substitutions.get(index);
  }

  private char peek() {
    if (pos >= text.length()) {
      throw new IllegalStateException("unexpected end");
    }
    return text.charAt(pos);
  }

  private boolean has(char c) {
    return pos < text.length() && text.charAt(pos) == c;
  }

  private void expect(char c) {
    if (peek() != c) {
      throw new IllegalStateException("expected " + c + " at " + pos);
    }
    pos++;
  }
}
