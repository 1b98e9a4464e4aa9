package dev.cloudabi.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class HighlighterPropertyTest {
  private static final Highlighter[] ALL = {
    new YamlHighlighter(), new CHighlighter(), Language.PLAIN.highlighter()
  };

  /** Text made mostly of the characters the scanners treat specially. */
  @Provide
  Arbitrary<String> syntaxSoup() {
    return Arbitraries.strings()
        .withChars("!&*\"'|>-:?#%[]{},.\\/ \t\r\n0123456789abcxyz_eEpP+<>;=()")
        .withCharRange('\u0000', '\u00ff')
        .ofMaxLength(300);
  }

  @Property(tries = 2000)
  void everyHighlighterCoversExactlyTheTextOfSyntaxSoup(@ForAll("syntaxSoup") String text) {
    for (Highlighter highlighter : ALL) {
      assertThat(highlighter.highlight(text).length()).isEqualTo(text.length());
    }
  }

  @Property(tries = 500)
  void everyHighlighterCoversExactlyAnyUnicodeText(@ForAll @StringLength(max = 200) String text) {
    for (Highlighter highlighter : ALL) {
      assertThat(highlighter.highlight(text).length()).isEqualTo(text.length());
    }
  }

  @Test
  void hostileLongLinesTakeLinearTime() {
    String[] hostile = {
      "\"".repeat(200_000),
      "[".repeat(200_000),
      "a: ".repeat(70_000),
      "/*".repeat(100_000),
      "#define X \\\n".repeat(20_000),
      "x".repeat(100_000) + " #",
      "- |\n".repeat(50_000),
      "'".repeat(200_000),
      "#include <x\n".repeat(50_000),
      "k: [\n".repeat(50_000),
    };
    for (String text : hostile) {
      for (Highlighter highlighter : ALL) {
        assertThatCode(
                () ->
                    Assertions.assertTimeoutPreemptively(
                        Duration.ofSeconds(2), () -> highlighter.highlight(text)))
            .as(highlighter.getClass().getSimpleName() + " on " + text.substring(0, 12))
            .doesNotThrowAnyException();
      }
    }
  }
}
