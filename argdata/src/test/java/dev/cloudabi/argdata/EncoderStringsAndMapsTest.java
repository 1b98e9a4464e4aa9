package dev.cloudabi.argdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Strings of every form and maps held as columns encode to the same bytes and model. */
class EncoderStringsAndMapsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "config.key.1", // ASCII
        "é", // Latin-1, not ASCII: two UTF-8 bytes
        "AŁ", // U+0141: its low byte alone would look like ASCII 'A'
        "😀"
      })
  void everyStringIsWrittenAsItsUtf8(String text) throws Exception {
    byte[] expected = str(text);
    assertThat(Argdata.encode(Argdata.of(text))).isEqualTo(expected);

    byte[] inMap = Argdata.encode(Argdata.map().put(text, text).build());
    assertThat(Argdata.decode(inMap)).isEqualTo(Argdata.map().put(text, text).build());
    assertThat(inMap).hasSize(1 + 2 * (lengthPrefix(expected.length) + expected.length));
  }

  @Test
  void mapEntriesAreAnImmutableListOfPairsInOrder() {
    MapValue map = Argdata.map().put("b", 2).put("a", 1).build();
    assertThat(map.entries())
        .containsExactly(
            new MapValue.Entry(Argdata.of("b"), Argdata.of(2)),
            new MapValue.Entry(Argdata.of("a"), Argdata.of(1)));
    assertThatThrownBy(() -> map.entries().add(map.entries().get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.entries().get(2)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void mapsEqualByEntriesHoweverTheyWereMade() {
    MapValue built = Argdata.map().put("k", 1).put("l", true).build();
    MapValue fromList = new MapValue(List.copyOf(built.entries()));
    assertThat(fromList).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(new MapValue(built.entries())).isEqualTo(built);
    assertThat(built.get("l")).contains(Argdata.of(true));
    assertThat(built.get("m")).isEmpty();
  }

  @Test
  void aBuilderKeepsGrowingAfterBuild() {
    MapBuilder builder = Argdata.map().put("k", 1);
    MapValue first = builder.build();
    MapValue second = builder.put("l", 2).build();
    assertThat(first.size()).isEqualTo(1);
    assertThat(second.size()).isEqualTo(2);
  }

  private static byte[] str(String text) {
    var out = new ByteArrayOutputStream();
    out.write(ArgdataType.STR.tag());
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    out.write(0);
    return out.toByteArray();
  }

  private static int lengthPrefix(int length) {
    return length < 0x80 ? 1 : 2;
  }
}
