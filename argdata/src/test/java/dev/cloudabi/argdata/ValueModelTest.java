package dev.cloudabi.argdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ValueModelTest {

  @Test
  void stringsWithNulOrALoneSurrogateCannotBeArgdata() {
    assertThatThrownBy(() -> new StrValue("a\0b")).hasMessageContaining("index 1 is NUL");
    assertThatThrownBy(() -> new StrValue("x\uD800")).hasMessageContaining("unpaired surrogate");
    assertThat(new StrValue("😀").value()).isEqualTo("😀");
  }

  @Test
  void eachIntegerHasOneRepresentation() {
    assertThat(IntValue.of(BigInteger.valueOf(42))).isEqualTo(IntValue.of(42));
    assertThat(IntValue.of(BigInteger.TWO.pow(63))).isInstanceOf(BigIntValue.class);
    assertThat(IntValue.of(BigInteger.TWO.pow(63).negate())).isInstanceOf(LongIntValue.class);
    assertThatThrownBy(() -> new BigIntValue(BigInteger.ONE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void floatsCompareByBitPattern() {
    assertThat(FloatValue.of(0.0)).isNotEqualTo(FloatValue.of(-0.0));
    assertThat(new FloatValue(0x7FF8000000000001L)).isNotEqualTo(FloatValue.of(Double.NaN));
    assertThat(FloatValue.of(Double.NaN)).isEqualTo(FloatValue.of(Double.NaN));
  }

  @Test
  void binaryIsImmutable() {
    byte[] bytes = {1, 2};
    BinaryValue value = Argdata.binary(bytes);
    bytes[0] = 9;
    value.bytes()[1] = 9;
    assertThat(value).isEqualTo(Argdata.binary(new byte[] {1, 2}));
  }

  @Test
  void mapKeysAreUniqueInTheModelAndTheBuilder() {
    var entry = new MapValue.Entry(Argdata.of("k"), Argdata.of(1));
    assertThatThrownBy(() -> new MapValue(java.util.List.of(entry, entry)))
        .hasMessageContaining("duplicate map key");
    assertThatThrownBy(() -> Argdata.map().put("k", 1).put("k", 2))
        .hasMessageContaining("duplicate map key");
  }

  @Test
  void duplicateAmongManyKeysOfMixedTypesIsFound() {
    var builder = Argdata.map();
    for (int i = 0; i < 1000; i++) {
      builder.put(Argdata.of(i), Argdata.of(i)).put(Argdata.of("k" + i), Argdata.nullValue());
    }
    assertThatThrownBy(() -> builder.put(Argdata.of("k500"), Argdata.of(1)))
        .hasMessageContaining("duplicate map key");
    assertThat(builder.put(Argdata.of(1000), Argdata.of(0)).build().size()).isEqualTo(2001);
  }

  @Test
  void timestampsConvertWithFloorDivisionLikeCloudlibc() {
    assertThat(TimestampValue.ofNanos(-1).toInstant())
        .isEqualTo(Instant.parse("1969-12-31T23:59:59.999999999Z"));
    assertThat(TimestampValue.of(Instant.parse("2017-03-01T12:00:00.5Z")).nanos())
        .isEqualTo(new BigInteger("1488369600500000000"));
  }

  @Test
  void fdNumbersAreNonNegative() {
    assertThatThrownBy(() -> new FdValue(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builderPutsEveryScalarKind() throws Exception {
    MapValue map =
        Argdata.map()
            .put("s", "x")
            .put("i", 1)
            .put("b", false)
            .put("f", 2.5)
            .put("m", Argdata.map().put("inner", 1))
            .put("q", Argdata.seq().add("a").add(2).add(true).add(0.5).add(Argdata.map()))
            .build();
    assertThat(Argdata.decode(Argdata.encode(map))).isEqualTo(map);
    assertThat(map.get("m").orElseThrow()).isEqualTo(Argdata.map().put("inner", 1).build());
  }
}
