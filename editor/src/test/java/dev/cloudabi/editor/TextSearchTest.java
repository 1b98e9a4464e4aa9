package dev.cloudabi.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.editor.TextSearch.Match;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextSearchTest {
  private static final String TEXT = "fd: !fd stdout\nFD_READ fd_write fd";

  @Test
  void ignoresCaseUnlessAsked() {
    assertThat(new TextSearch("fd", false, false).findAll(TEXT)).hasSize(5);
    assertThat(new TextSearch("fd", true, false).findAll(TEXT)).hasSize(4);
  }

  @Test
  void wholeWordSkipsMatchesInsideIdentifiers() {
    assertThat(new TextSearch("fd", true, true).findAll(TEXT))
        .containsExactly(new Match(0, 2), new Match(5, 7), new Match(32, 34));
  }

  @Test
  void matchesDoNotOverlap() {
    assertThat(new TextSearch("aa", true, false).findAll("aaaaa"))
        .containsExactly(new Match(0, 2), new Match(2, 4));
  }

  @Test
  void anEmptyQueryFindsNothing() {
    assertThat(new TextSearch("", false, false).findAll(TEXT)).isEmpty();
  }

  @Test
  void nextAndPreviousWrapAround() {
    List<Match> matches = List.of(new Match(2, 4), new Match(10, 12));
    assertThat(TextSearch.nextIndex(matches, 4)).isEqualTo(1);
    assertThat(TextSearch.nextIndex(matches, 12)).isZero();
    assertThat(TextSearch.previousIndex(matches, 10)).isZero();
    assertThat(TextSearch.previousIndex(matches, 2)).isEqualTo(1);
    assertThat(TextSearch.nextIndex(List.of(), 0)).isEqualTo(-1);
  }
}
