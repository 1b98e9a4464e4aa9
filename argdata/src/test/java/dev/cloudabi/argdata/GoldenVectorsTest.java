package dev.cloudabi.argdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GoldenVectorsTest {

  static List<GoldenVectors> vectors() throws IOException {
    return GoldenVectors.load();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void decodingGivesTheDocumentedMeaning(GoldenVectors v) throws Exception {
    ArgdataValue meaning = YamlTestParser.parse(ArgdataYaml.HEADER + v.yamlBody());
    ArgdataValue decoded = Argdata.decode(v.bytes());
    if (v.renumbered()) {
      decoded = mapFds(decoded, v.fds());
    }
    assertThat(decoded).isEqualTo(meaning);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void encodingTheMeaningGivesExactlyTheDocumentedBytes(GoldenVectors v) {
    ArgdataValue meaning = YamlTestParser.parse(ArgdataYaml.HEADER + v.yamlBody());
    if (v.renumbered()) {
      EncodedArgdata<Integer> encoded = Argdata.encodeRenumbered(meaning);
      assertThat(encoded.bytes()).isEqualTo(v.bytes());
      assertThat(encoded.descriptors())
          .containsExactlyElementsOf(IntStream.of(v.fds()).boxed().toList());
    } else {
      assertThat(Argdata.encode(meaning)).isEqualTo(v.bytes());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void formattingTheMeaningGivesExactlyTheDocumentedText(GoldenVectors v) {
    ArgdataValue meaning = YamlTestParser.parse(ArgdataYaml.HEADER + v.yamlBody());
    assertThat(ArgdataYaml.format(meaning)).isEqualTo(ArgdataYaml.HEADER + v.yamlBody());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void readingInPlaceAgreesWithDecoding(GoldenVectors v) throws Exception {
    ArgdataReader reader = ArgdataReader.of(v.bytes());
    assertThat(reader.decode()).isEqualTo(Argdata.decode(v.bytes()));
    assertThat(reader.type()).isEqualTo(Argdata.decode(v.bytes()).type());
  }

  /** Replaces each fd i of a decoded tree by fds[i], the launcher's number. */
  private static ArgdataValue mapFds(ArgdataValue value, int[] fds) {
    return switch (value) {
      case FdValue(int n) -> new FdValue(fds[n]);
      case SeqValue s -> new SeqValue(s.elements().stream().map(e -> mapFds(e, fds)).toList());
      case MapValue m ->
          new MapValue(
              m.entries().stream()
                  .map(e -> new MapValue.Entry(mapFds(e.key(), fds), mapFds(e.value(), fds)))
                  .toList());
      default -> value;
    };
  }
}
