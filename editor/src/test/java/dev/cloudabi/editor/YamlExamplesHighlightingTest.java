package dev.cloudabi.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example configuration of the repository, and the seed's Python configuration: each block
 * key is a key, each tag a tag, and the directive a directive.
 */
class YamlExamplesHighlightingTest {
  private static final Pattern BLOCK_KEY =
      Pattern.compile("(?m)^ *(?:- )?([A-Za-z_][\\w-]*):(?= |$)");
  private static final Pattern TAG = Pattern.compile("(?<= )!!?[a-z]+");

  /** The Python example of the 2017 FreeBSD Journal article, laid out as YAML. */
  private static final String SEED_PYTHON_CONFIG =
      """
      %TAG ! tag:nuxi.nl,2015:cloudabi/
      ---
      path:
        - !file
          path: /usr/local/x86_64-unknown-cloudabi/lib/python3.6
      script: !file
        path: hello.py
      args:
        terminal: !fd stdout
        message: Hello, world!
      """;

  static Stream<Path> examples() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("../resources/examples"))) {
      files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).as("example configurations").hasSizeGreaterThan(10);
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void exampleConfiguration(Path file) throws IOException {
    checkKeysTagsAndDirective(Files.readString(file));
  }

  @org.junit.jupiter.api.Test
  void pythonConfigurationOfTheSeed() {
    checkKeysTagsAndDirective(SEED_PYTHON_CONFIG);
  }

  private static void checkKeysTagsAndDirective(String text) {
    SpanProbe p = new SpanProbe(new YamlHighlighter(), text);
    assertThat(p.of("%TAG")).containsExactly(YamlHighlighter.DIRECTIVE);
    Matcher key = BLOCK_KEY.matcher(text);
    while (key.find()) {
      assertThat(p.at(key.start(1)))
          .as("key %s", key.group(1))
          .containsExactly(YamlHighlighter.KEY);
    }
    Matcher tag = TAG.matcher(text);
    while (tag.find()) {
      for (int i = tag.start(); i < tag.end(); i++) {
        assertThat(p.at(i)).as("tag %s", tag.group()).containsExactly(YamlHighlighter.TAG);
      }
    }
  }
}
