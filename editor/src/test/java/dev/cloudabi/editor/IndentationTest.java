package dev.cloudabi.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndentationTest {
  private final Indentation yaml = new Indentation(Language.YAML);
  private final Indentation c = new Indentation(Language.C);

  @Test
  void enterKeepsTheIndentation() {
    assertThat(yaml.lineBreak("  type: stream")).isEqualTo("\n  ");
    assertThat(c.lineBreak("    x = 1;")).isEqualTo("\n    ");
  }

  @Test
  void enterIndentsOneLevelAfterABlockOpener() {
    assertThat(yaml.lineBreak("http_socket: !socket")).isEqualTo("\n");
    assertThat(yaml.lineBreak("  nested:")).isEqualTo("\n    ");
    assertThat(yaml.lineBreak("banner: |-")).isEqualTo("\n  ");
    assertThat(c.lineBreak("void f(void) {  ")).isEqualTo("\n    ");
    assertThat(c.lineBreak("  label:")).isEqualTo("\n  ");
  }

  @Test
  void yamlIndentationNeverCarriesTabs() {
    assertThat(yaml.lineBreak("\tkey: value")).isEqualTo("\n  ");
    assertThat(c.lineBreak("\tx;")).isEqualTo("\n\t");
  }

  @Test
  void aClosingBraceOnABlankCLineDedentsIt() {
    assertThat(c.closingBrace("        ")).contains("    }");
    assertThat(c.closingBrace("  ")).contains("}");
    assertThat(c.closingBrace("    x")).isEmpty();
    assertThat(yaml.closingBrace("    ")).isEmpty();
  }

  @Test
  void tabInsertsSpacesToTheNextStop() {
    assertThat(yaml.tabAt(0)).isEqualTo("  ");
    assertThat(yaml.tabAt(3)).isEqualTo(" ");
    assertThat(c.tabAt(1)).isEqualTo("   ");
  }

  @Test
  void outdentRemovesAtMostOneLevel() {
    assertThat(yaml.outdentWidth("     x")).isEqualTo(2);
    assertThat(yaml.outdentWidth(" x")).isEqualTo(1);
    assertThat(c.outdentWidth("\t\tx")).isEqualTo(1);
    assertThat(c.outdentWidth("x")).isZero();
  }
}
