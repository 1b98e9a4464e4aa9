package dev.cloudabi.runner.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class YamlDocumentReaderTest {
  private static YamlNode read(String text) throws ConfigException {
    return new YamlDocumentReader("config.yaml").read(new StringReader(text));
  }

  @Test
  void theCloudAbiTagDirectiveExpandsTheShortTags() throws Exception {
    YamlNode root = read("%TAG ! tag:nuxi.nl,2015:cloudabi/\n---\nout: !fd stdout\n");

    var entry = ((YamlNode.Mapping) root).entries().getFirst();
    assertThat(entry.value().tag()).isEqualTo("tag:nuxi.nl,2015:cloudabi/fd");
    assertThat(((YamlNode.Scalar) entry.value()).value()).isEqualTo("stdout");
  }

  @Test
  void plainAndQuotedScalarsAreToldApart() throws Exception {
    var entries = ((YamlNode.Mapping) read("a: 1\nb: '1'\nc: !!str 1\n")).entries();

    assertThat(((YamlNode.Scalar) entries.get(0).value()).plain()).isTrue();
    assertThat(((YamlNode.Scalar) entries.get(1).value()).plain()).isFalse();
    assertThat(entries.get(0).value().tag()).isNull();
    assertThat(entries.get(2).value().tag()).isEqualTo("tag:yaml.org,2002:str");
  }

  @Test
  void nodesKnowTheirLineAndColumn() throws Exception {
    var entries = ((YamlNode.Mapping) read("first: 1\nsecond:\n  - x\n  - y\n")).entries();
    var items = ((YamlNode.Sequence) entries.get(1).value()).items();

    assertThat(items.get(1).position()).isEqualTo(new SourcePosition("config.yaml", 4, 5));
  }

  @Test
  void anEmptyTextIsANullDocument() throws Exception {
    assertThat(read(""))
        .isEqualTo(
            new YamlNode.Scalar(
                null, "", true, new SourcePosition("config.yaml", 1, 1), new SourceSpan(0, 0)));
  }

  @Test
  void spansCoverEachNodesTextSoEditorsCanReplaceIt() throws Exception {
    String text = "a: !fd stdout # out\nb: [1, 2]\nc: 'x y'\n";
    var entries = ((YamlNode.Mapping) read(text)).entries();

    assertThat(slice(text, entries.get(0).value().span())).isEqualTo("!fd stdout");
    assertThat(slice(text, entries.get(1).value().span())).isEqualTo("[1, 2]");
    assertThat(slice(text, entries.get(2).value().span())).isEqualTo("'x y'");
  }

  private static String slice(String text, SourceSpan span) {
    return text.substring(span.start(), span.end());
  }

  @Test
  void syntaxErrorsNameTheirPlace() {
    assertThatThrownBy(() -> read("a: [1, 2\nb: 3\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("config.yaml:2:")
        .hasMessageContaining("Parse error");
  }

  @Test
  void aMissingDocumentStartAfterTagDirectiveGetsAHint() {
    assertThatThrownBy(() -> read("%TAG ! tag:nuxi.nl,2015:cloudabi/\n!fd stdout\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("config.yaml:2:1: Parse error: expected '<document start>'")
        .hasMessageEndingWith(
            "(after directives such as %TAG, a line '---' must start the document)");
  }

  @Test
  void aliasesAreRefusedWhereTheyAppear() {
    assertThatThrownBy(() -> read("a: &x 1\nb: *x\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("config.yaml:2:4: Aliases are not supported (*x)");
  }

  @Test
  void aSecondDocumentIsRefused() {
    assertThatThrownBy(() -> read("--- 1\n--- 2\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("config.yaml:2:1:");
  }
}
