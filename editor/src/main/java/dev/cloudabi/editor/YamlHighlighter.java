package dev.cloudabi.editor;

import java.util.Collection;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * Highlights YAML as {@code cloudabi-run} reads it. Style classes:
 *
 * <ul>
 *   <li>{@value #DIRECTIVE}: the name of a directive ({@code %TAG}, {@code %YAML});
 *   <li>{@value #DOCUMENT}: the document markers {@code ---} and {@code ...};
 *   <li>{@value #TAG}: tags ({@code !fd}, {@code !file}, {@code !!binary}, {@code !<…>}) and the
 *       handle and prefix of a {@code %TAG} directive;
 *   <li>{@value #KEY}: a mapping key (plain or quoted);
 *   <li>{@value #STRING}: quoted scalars and the body of block scalars ({@code |}, {@code >});
 *   <li>{@value #NUMBER}: plain integers and floats ({@code 42}, {@code 0x1f}, {@code -.inf});
 *   <li>{@value #CONSTANT}: plain bools and nulls ({@code true}, {@code off}, {@code ~});
 *   <li>{@value #TIMESTAMP}: plain timestamps ({@code 2017-03-01T12:00:00Z});
 *   <li>{@value #SCALAR}: any other plain scalar (a string);
 *   <li>{@value #ANCHOR}: anchors and aliases ({@code &a}, {@code *a});
 *   <li>{@value #PUNCT}: indicators ({@code - ? : [ ] { } ,}, block scalar headers);
 *   <li>{@value #COMMENT}: comments ({@code #} at the start or after a blank, outside quotes).
 * </ul>
 *
 * Scalars are typed as the C {@code cloudabi-run} does (CLOUDABI-ABI.md §14.2), so {@code yes} is a
 * constant and {@code "42"} a string.
 */
public final class YamlHighlighter implements Highlighter {
  public static final String DIRECTIVE = "yaml-directive";
  public static final String DOCUMENT = "yaml-document";
  public static final String TAG = "yaml-tag";
  public static final String KEY = "yaml-key";
  public static final String STRING = "yaml-string";
  public static final String NUMBER = "yaml-number";
  public static final String CONSTANT = "yaml-constant";
  public static final String TIMESTAMP = "yaml-timestamp";
  public static final String SCALAR = "yaml-scalar";
  public static final String ANCHOR = "yaml-anchor";
  public static final String PUNCT = "yaml-punct";
  public static final String COMMENT = "yaml-comment";

  @Override
  public StyleSpans<Collection<String>> highlight(String text) {
    SpanCollector spans = new SpanCollector(text.length());
    new YamlScanner(text, spans).scan();
    return spans.build();
  }
}
