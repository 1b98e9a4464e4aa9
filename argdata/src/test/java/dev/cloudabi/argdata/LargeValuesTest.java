package dev.cloudabi.argdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Encodings far larger than one chunk of the encoder's buffer, and multi-byte subfield lengths. */
class LargeValuesTest {

  @Test
  void bigMapRoundTripsAndIsReadInPlace() throws Exception {
    MapBuilder builder = Argdata.map();
    for (int i = 0; i < 20_000; i++) {
      builder.put("key." + i, i % 2 == 0 ? Argdata.of((long) i * 1_000_003L) : Argdata.of("v" + i));
    }
    MapValue map = builder.build();
    byte[] bytes = Argdata.encode(map);
    assertThat(Argdata.decode(bytes)).isEqualTo(map);
    ArgdataReader reader = ArgdataReader.of(bytes);
    assertThat(reader.get("key.19998").orElseThrow().getLong()).isEqualTo(19_998L * 1_000_003L);
    assertThat(reader.get("key.19999").orElseThrow().getStr()).isEqualTo("v19999");
    assertThat(reader.get("key.20000")).isEmpty();
  }

  @Test
  void valuesLargerThanAChunkKeepTheirBytes() throws Exception {
    byte[] blob = new byte[300_000];
    Arrays.fill(blob, (byte) 0x5A);
    blob[0] = 1;
    blob[blob.length - 1] = 2;
    SeqValue seq =
        Argdata.seq()
            .add(Argdata.binary(blob))
            .add("é".repeat(70_000))
            .add(Argdata.seq().add(Argdata.binary(blob)))
            .build();
    byte[] bytes = Argdata.encode(seq);
    assertThat(Argdata.decode(bytes)).isEqualTo(seq);
    // 300 001 bytes need a three-byte subfield length: 0x12 0x27 0xE1|0x80.
    assertThat(Arrays.copyOfRange(bytes, 1, 4)).containsExactly(0x12, 0x27, 0xE1);
    assertThat(ArgdataReader.of(bytes).get(2).get(0).getBinary()).isEqualTo(blob);
  }

  @Test
  void deepNestingUpToTheLimitDecodes() throws Exception {
    ArgdataValue value = Argdata.nullValue();
    for (int i = 0; i < 128; i++) {
      value = Argdata.seq().add(value).build();
    }
    assertThat(Argdata.decode(Argdata.encode(value))).isEqualTo(value);
    var e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            ArgdataFormatException.class,
            () ->
                Argdata.decode(
                    Argdata.encode(Argdata.seq().add(Argdata.seq().add(1)).build()),
                    ArgdataLimits.DEFAULT.withMaxDepth(1)));
    assertThat(e.violation()).isEqualTo(Violation.TOO_DEEP);
  }
}
