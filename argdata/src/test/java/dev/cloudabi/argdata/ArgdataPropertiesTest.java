package dev.cloudabi.argdata;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ArgdataPropertiesTest {

  @Provide
  Arbitrary<ArgdataValue> trees() {
    return ArgdataArbitraries.values(4);
  }

  @Property(tries = 500)
  void encodeThenDecodeGivesTheSameTree(@ForAll("trees") ArgdataValue tree) throws Exception {
    assertThat(Argdata.decode(Argdata.encode(tree))).isEqualTo(tree);
  }

  @Property(tries = 500)
  void decodeThenEncodeGivesTheSameBytes(@ForAll("trees") ArgdataValue tree) throws Exception {
    byte[] bytes = Argdata.encode(tree);
    assertThat(Argdata.encode(Argdata.decode(bytes))).isEqualTo(bytes);
  }

  @Property(tries = 500)
  void textFormReadsBackToTheSameTree(@ForAll("trees") ArgdataValue tree) {
    assertThat(YamlTestParser.parse(ArgdataYaml.format(tree))).isEqualTo(tree);
  }

  @Property(tries = 300)
  void inPlaceLookupFindsEveryKeyOfAMap(@ForAll("trees") ArgdataValue tree) throws Exception {
    if (!(tree instanceof MapValue map)) {
      return;
    }
    ArgdataReader reader = ArgdataReader.of(Argdata.encode(map));
    for (MapValue.Entry e : map.entries()) {
      assertThat(reader.get(e.key()).orElseThrow().decode()).isEqualTo(e.value());
      if (e.key() instanceof StrValue(String key)) {
        assertThat(reader.get(key).orElseThrow().decode()).isEqualTo(e.value());
      }
    }
  }

  @Property(tries = 300)
  void renumberedDescriptorsAreDenseAndPointBackToTheOriginals(@ForAll("trees") ArgdataValue tree)
      throws Exception {
    EncodedArgdata<Integer> encoded = Argdata.encodeRenumbered(tree);
    ArgdataValue decoded = Argdata.decode(encoded.bytes());
    assertThat(restore(decoded, encoded)).isEqualTo(tree);
    assertThat(encoded.descriptors()).doesNotHaveDuplicates();
  }

  private static ArgdataValue restore(ArgdataValue v, EncodedArgdata<Integer> encoded) {
    return switch (v) {
      case FdValue(int n) -> new FdValue(encoded.descriptors().get(n));
      case SeqValue s -> new SeqValue(s.elements().stream().map(e -> restore(e, encoded)).toList());
      case MapValue m ->
          new MapValue(
              m.entries().stream()
                  .map(
                      e ->
                          new MapValue.Entry(
                              restore(e.key(), encoded), restore(e.value(), encoded)))
                  .toList());
      default -> v;
    };
  }
}
