package dev.cloudabi.editor;

import static dev.cloudabi.editor.YamlHighlighter.ANCHOR;
import static dev.cloudabi.editor.YamlHighlighter.COMMENT;
import static dev.cloudabi.editor.YamlHighlighter.CONSTANT;
import static dev.cloudabi.editor.YamlHighlighter.DIRECTIVE;
import static dev.cloudabi.editor.YamlHighlighter.DOCUMENT;
import static dev.cloudabi.editor.YamlHighlighter.KEY;
import static dev.cloudabi.editor.YamlHighlighter.NUMBER;
import static dev.cloudabi.editor.YamlHighlighter.PUNCT;
import static dev.cloudabi.editor.YamlHighlighter.SCALAR;
import static dev.cloudabi.editor.YamlHighlighter.STRING;
import static dev.cloudabi.editor.YamlHighlighter.TAG;
import static dev.cloudabi.editor.YamlHighlighter.TIMESTAMP;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YamlHighlighterTest {
  private static SpanProbe probe(String text) {
    return new SpanProbe(new YamlHighlighter(), text);
  }

  @Test
  void webServerConfigOfTheSeed() {
    SpanProbe p =
        probe(
            """
            %TAG ! tag:nuxi.nl,2015:cloudabi/
            ---
            http_socket: !socket
                type: stream
                bind: 0.0.0.0:8080
            html_message: <marquee>Hello, world!</marquee>
            """);
    assertThat(p.of("%TAG")).containsExactly(DIRECTIVE);
    assertThat(p.of("tag:nuxi.nl,2015:cloudabi/")).containsExactly(TAG);
    assertThat(p.of("---")).containsExactly(DOCUMENT);
    assertThat(p.of("http_socket")).containsExactly(KEY);
    assertThat(p.of("!socket")).containsExactly(TAG);
    assertThat(p.of("type")).containsExactly(KEY);
    assertThat(p.of("stream")).containsExactly(SCALAR);
    assertThat(p.of("0.0.0.0:8080")).containsExactly(SCALAR);
    assertThat(p.of("<marquee>Hello, world!</marquee>")).containsExactly(SCALAR);
  }

  @Test
  void commentsStartAtAHashAfterABlankButNotInsideQuotes() {
    SpanProbe p = probe("a: \"x # y\" # real\nb: c#d\n# whole line\n");
    assertThat(p.of("\"x # y\"")).containsExactly(STRING);
    assertThat(p.of("# real")).containsExactly(COMMENT);
    assertThat(p.of("c#d")).containsExactly(SCALAR);
    assertThat(p.of("# whole line")).containsExactly(COMMENT);
  }

  @Test
  void scalarsAreTypedAsTheCFrontEndTypesThem() {
    SpanProbe p =
        probe(
            "a: 42\nb: -0.5\nc: 0x1F\nd: yes\ne: ~\nf: .inf\ng: 2017-03-01T12:00:00.5Z\n"
                + "h: \"42\"\ni: 1.2.3\nj: NULL\n");
    assertThat(p.of("42")).containsExactly(NUMBER);
    assertThat(p.of("-0.5")).containsExactly(NUMBER);
    assertThat(p.of("0x1F")).containsExactly(NUMBER);
    assertThat(p.of("yes")).containsExactly(CONSTANT);
    assertThat(p.of("~")).containsExactly(CONSTANT);
    assertThat(p.of(".inf")).containsExactly(NUMBER);
    assertThat(p.of("2017-03-01T12:00:00.5Z")).containsExactly(TIMESTAMP);
    assertThat(p.of("\"42\"")).containsExactly(STRING);
    assertThat(p.of("1.2.3")).containsExactly(SCALAR);
    assertThat(p.of("NULL")).containsExactly(CONSTANT);
  }

  @Test
  void flowCollectionsSeparateTheirItemsWithPunctuation() {
    SpanProbe p = probe("list: [1, two, 3.5, [inner], {k: v}]\n");
    assertThat(p.of("[")).containsExactly(PUNCT);
    assertThat(p.of("1")).containsExactly(NUMBER);
    assertThat(p.of(",")).containsExactly(PUNCT);
    assertThat(p.of("two")).containsExactly(SCALAR);
    assertThat(p.of("inner")).containsExactly(SCALAR);
    assertThat(p.of("k")).containsExactly(KEY);
    assertThat(p.of("v")).containsExactly(SCALAR);
    assertThat(p.of("}")).containsExactly(PUNCT);
  }

  @Test
  void tagsIncludeSecondaryAndVerbatimForms() {
    SpanProbe p = probe("bin: !!binary SGVsbG8=\nv: !<tag:x,2000:y> z\nfd: !fd stdout\n");
    assertThat(p.of("!!binary")).containsExactly(TAG);
    assertThat(p.of("SGVsbG8=")).containsExactly(SCALAR);
    assertThat(p.of("!<tag:x,2000:y>")).containsExactly(TAG);
    assertThat(p.of("!fd")).containsExactly(TAG);
  }

  @Test
  void anchorsAndAliases() {
    SpanProbe p = probe("base: &common {a: 1}\nuse: *common\n");
    assertThat(p.of("&common")).containsExactly(ANCHOR);
    assertThat(p.of("*common")).containsExactly(ANCHOR);
  }

  @Test
  void blockScalarBodiesAreStringsUntilTheIndentationDrops() {
    SpanProbe p = probe("text: |\n  line one: not a key\n\n  # not a comment\nnext: 1\n");
    assertThat(p.of("|")).containsExactly(PUNCT);
    assertThat(p.of("line one: not a key")).containsExactly(STRING);
    assertThat(p.of("# not a comment")).containsExactly(STRING);
    assertThat(p.of("next")).containsExactly(KEY);
  }

  @Test
  void quotedKeysAndSequenceItems() {
    SpanProbe p = probe("'quoted key': v\n- !file\n  path: /usr/lib\n- \"it''s\"\n");
    assertThat(p.of("'quoted key'")).containsExactly(KEY);
    assertThat(p.of("-")).containsExactly(PUNCT);
    assertThat(p.of("!file")).containsExactly(TAG);
    assertThat(p.of("path")).containsExactly(KEY);
    assertThat(p.of("/usr/lib")).containsExactly(SCALAR);
  }

  @Test
  void emptyTextHasNoSpansOfLength() {
    assertThat(probe("").length()).isZero();
  }
}
