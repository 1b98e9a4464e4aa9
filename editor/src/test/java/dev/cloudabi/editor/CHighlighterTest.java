package dev.cloudabi.editor;

import static dev.cloudabi.editor.CHighlighter.CHAR;
import static dev.cloudabi.editor.CHighlighter.COMMENT;
import static dev.cloudabi.editor.CHighlighter.KEYWORD;
import static dev.cloudabi.editor.CHighlighter.NUMBER;
import static dev.cloudabi.editor.CHighlighter.PREPROCESSOR;
import static dev.cloudabi.editor.CHighlighter.STRING;
import static dev.cloudabi.editor.CHighlighter.TYPE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CHighlighterTest {
  private static SpanProbe probe(String text) {
    return new SpanProbe(new CHighlighter(), text);
  }

  @Test
  void helloExampleOfTheRepository() throws IOException {
    String text = Files.readString(Path.of("../resources/examples/hello/hello.c"));
    SpanProbe p = probe(text);
    assertThat(p.of("// Hello, world")).containsExactly(COMMENT);
    assertThat(p.of("#include ")).containsExactly(PREPROCESSOR);
    assertThat(p.of("<argdata.h>")).containsExactly(STRING);
    assertThat(p.of("void")).containsExactly(TYPE);
    assertThat(p.of("const")).containsExactly(KEYWORD);
    assertThat(p.of("argdata_t")).containsExactly(TYPE);
    assertThat(p.of("program_main")).isEmpty();
    assertThat(p.at(text.indexOf("-1;") + 1)).containsExactly(NUMBER);
    assertThat(p.of("\"Hello, world!\\n\"")).containsExactly(STRING);
  }

  @Test
  void stringsKeepEscapedQuotesAndCommentMarkers() {
    SpanProbe p = probe("s = \"a \\\" // not a comment\"; x = 1; // comment\n");
    assertThat(p.of("\"a \\\" // not a comment\"")).containsExactly(STRING);
    assertThat(p.of("1")).containsExactly(NUMBER);
    assertThat(p.of("// comment")).containsExactly(COMMENT);
  }

  @Test
  void charLiteralsWithEscapesAndPrefixes() {
    SpanProbe p = probe("c = '\\''; w = L'x'; u = u8\"text\";\n");
    assertThat(p.of("'\\''")).containsExactly(CHAR);
    assertThat(p.of("L'x'")).containsExactly(CHAR);
    assertThat(p.of("u8\"text\"")).containsExactly(STRING);
  }

  @Test
  void numbersInEveryBaseWithSuffixesAndExponents() {
    SpanProbe p = probe("a = 0x1fULL + 017 + 0b101 + 1.5e-3f + .25 + 0x1.8p+3 + 10u;\n");
    for (String number : new String[] {"0x1fULL", "017", "0b101", "1.5e-3f", ".25", "0x1.8p+3"}) {
      assertThat(p.of(number)).as(number).containsExactly(NUMBER);
    }
    assertThat(p.of("10u")).containsExactly(NUMBER);
  }

  @Test
  void blockCommentsSpanLinesAndStopAtTheirEnd() {
    SpanProbe p = probe("/* one\n   two */ int x;\n");
    assertThat(p.of("/* one\n   two */")).containsExactly(COMMENT);
    assertThat(p.of("int")).containsExactly(TYPE);
  }

  @Test
  void preprocessorLinesFollowBackslashContinuations() {
    SpanProbe p = probe("#define MAX(a, b) \\\n  ((a) > (b) ? (a) : (b)) // max\nint y;\n");
    assertThat(p.of("#define MAX(a, b) \\\n  ((a) > (b) ? (a) : (b)) "))
        .containsExactly(PREPROCESSOR);
    assertThat(p.of("// max")).containsExactly(COMMENT);
    assertThat(p.of("int")).containsExactly(TYPE);
  }

  @Test
  void hashInsideALineIsNotAPreprocessorDirective() {
    SpanProbe p = probe("x = y # z;\n  # if FOO\n");
    assertThat(p.of("# z")).isEmpty();
    assertThat(p.of("# if FOO")).containsExactly(PREPROCESSOR);
  }

  @Test
  void typedefNamesEndingInUnderscoreTAreTypes() {
    SpanProbe p = probe("size_t n; cloudabi_fd_t fd; struct stat st; _t z;\n");
    assertThat(p.of("size_t")).containsExactly(TYPE);
    assertThat(p.of("cloudabi_fd_t")).containsExactly(TYPE);
    assertThat(p.of("struct")).containsExactly(KEYWORD);
    assertThat(p.of("stat")).isEmpty();
    assertThat(p.of("_t z")).isEmpty();
  }

  @Test
  void anUnterminatedStringEndsAtTheLineBreak() {
    SpanProbe p = probe("s = \"open\nint x;\n");
    assertThat(p.of("\"open")).containsExactly(STRING);
    assertThat(p.of("int")).containsExactly(TYPE);
  }
}
