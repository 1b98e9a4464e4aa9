package dev.cloudabi.editor;

import java.util.Collection;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * Highlights C (C17 plus the C23 keywords). Style classes:
 *
 * <ul>
 *   <li>{@value #KEYWORD}: keywords and the constants {@code NULL}, {@code true}, {@code false};
 *   <li>{@value #TYPE}: built-in types and any identifier ending in {@code _t} (the POSIX and
 *       CloudABI typedef convention: {@code size_t}, {@code argdata_t}, {@code cloudabi_fd_t});
 *   <li>{@value #STRING}: string literals with their prefix ({@code L}, {@code u8}, …) and escapes,
 *       and {@code <header>} names after {@code #include};
 *   <li>{@value #CHAR}: character literals ({@code 'a'}, {@code '\n'});
 *   <li>{@value #NUMBER}: numbers: decimal, octal, hex, binary, floats with exponents and suffixes;
 *   <li>{@value #COMMENT}: line and block comments;
 *   <li>{@value #PREPROCESSOR}: preprocessor lines, with their backslash continuations.
 * </ul>
 */
public final class CHighlighter implements Highlighter {
  public static final String KEYWORD = "c-keyword";
  public static final String TYPE = "c-type";
  public static final String STRING = "c-string";
  public static final String CHAR = "c-char";
  public static final String NUMBER = "c-number";
  public static final String COMMENT = "c-comment";
  public static final String PREPROCESSOR = "c-preprocessor";

  @Override
  public StyleSpans<Collection<String>> highlight(String text) {
    SpanCollector spans = new SpanCollector(text.length());
    new CScanner(text, spans).scan();
    return spans.build();
  }
}
