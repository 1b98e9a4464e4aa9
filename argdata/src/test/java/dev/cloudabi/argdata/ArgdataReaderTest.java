package dev.cloudabi.argdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgdataReaderTest {
  private static final MapValue CONFIG =
      Argdata.map()
          .put("port", 8080)
          .put("debug", true)
          .put("name", "wörkbench")
          .put("ratio", 0.25)
          .put("log", Argdata.fd(2))
          .put("blob", Argdata.binary(new byte[] {1, 2, 3}))
          .put("when", Argdata.of(Instant.parse("2017-03-01T12:00:00.5Z")))
          .put("huge", Argdata.of(BigInteger.TWO.pow(70)))
          .put("list", Argdata.seq().add(1).add("two").add(Argdata.nullValue()))
          .put(Argdata.of(7), Argdata.of("seven"))
          .build();

  @Test
  void readsEveryTypeInPlaceFromNativeMemory() throws Exception {
    byte[] bytes = Argdata.encode(CONFIG);
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment guest = arena.allocate(bytes.length);
      MemorySegment.copy(bytes, 0, guest, ValueLayout.JAVA_BYTE, 0, bytes.length);
      assertReadsConfig(ArgdataReader.of(guest));
    }
  }

  @Test
  void readsFromHeapAndDirectByteBuffersWithOffsetsFromTheirPosition() throws Exception {
    byte[] bytes = Argdata.encode(CONFIG);
    ByteBuffer heap = ByteBuffer.allocate(bytes.length + 10).position(10);
    heap.put(bytes).position(10);
    assertReadsConfig(ArgdataReader.of(heap));

    ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length + 3).position(3);
    direct.put(bytes).position(3);
    ArgdataReader reader = ArgdataReader.of(direct);
    assertReadsConfig(reader);
    assertThat(reader.get("port").orElseThrow().offset()).isEqualTo(9);
  }

  private static void assertReadsConfig(ArgdataReader root) throws ArgdataFormatException {
    assertThat(root.type()).isEqualTo(ArgdataType.MAP);
    assertThat(root.get("port").orElseThrow().getLong()).isEqualTo(8080);
    assertThat(root.get("port").orElseThrow().getInt()).isEqualTo(8080);
    assertThat(root.get("debug").orElseThrow().getBool()).isTrue();
    assertThat(root.get("name").orElseThrow().getStr()).isEqualTo("wörkbench");
    assertThat(root.get("ratio").orElseThrow().getFloat()).isEqualTo(0.25);
    assertThat(root.get("log").orElseThrow().getFd()).isEqualTo(2);
    assertThat(root.get("blob").orElseThrow().getBinary()).containsExactly(1, 2, 3);
    assertThat(root.get("when").orElseThrow().getTimestamp())
        .isEqualTo(Instant.parse("2017-03-01T12:00:00.5Z"));
    assertThat(root.get("huge").orElseThrow().getBigInteger()).isEqualTo(BigInteger.TWO.pow(70));
    assertThat(root.get("list").orElseThrow().get(1).getStr()).isEqualTo("two");
    assertThat(root.get("list").orElseThrow().get(2).isNull()).isTrue();
    assertThat(root.get(Argdata.of(7)).orElseThrow().getStr()).isEqualTo("seven");
    assertThat(root.get("missing")).isEmpty();
    assertThat(root.decode()).isEqualTo(CONFIG);
  }

  @Test
  void typedGetterNamesExpectedAndActualTypeAndOffset() throws Exception {
    ArgdataReader port = ArgdataReader.of(Argdata.encode(CONFIG)).get("port").orElseThrow();
    var e = catchThrowableOfType(ArgdataFormatException.class, port::getStr);
    assertThat(e.violation()).isEqualTo(Violation.WRONG_TYPE);
    assertThat(e.offset()).isEqualTo(port.offset());
    assertThat(e.getMessage()).isEqualTo("expected str, found int at byte " + port.offset());
  }

  @Test
  void nullIsAnEmptyRangeAndNamedAsSuchByGetters() throws Exception {
    ArgdataReader nothing = ArgdataReader.of(new byte[0]);
    assertThat(nothing.isNull()).isTrue();
    assertThatThrownBy(nothing::getBool).hasMessage("expected bool, found null at byte 0");
  }

  @Test
  void intWiderThanTheGetterOverflowsButBigIntegerReadsIt() throws Exception {
    ArgdataReader big = ArgdataReader.of(HexFormat.of().parseHex("0500FFFFFFFFFFFFFFFF"));
    var e = catchThrowableOfType(ArgdataFormatException.class, big::getLong);
    assertThat(e.violation()).isEqualTo(Violation.OVERFLOW);
    assertThat(big.getBigInteger()).isEqualTo(new BigInteger("18446744073709551615"));
    ArgdataReader wide = ArgdataReader.of(HexFormat.of().parseHex("050080000000"));
    assertThat(catchThrowableOfType(ArgdataFormatException.class, wide::getInt).violation())
        .isEqualTo(Violation.OVERFLOW);
  }

  @Test
  void timestampOutsideInstantRangeOverflowsButNanosReadIt() throws Exception {
    BigInteger far = BigInteger.TEN.pow(40);
    ArgdataReader r = ArgdataReader.of(Argdata.encode(new TimestampValue(far)));
    assertThat(r.getTimestampNanos()).isEqualTo(far);
    assertThat(catchThrowableOfType(ArgdataFormatException.class, r::getTimestamp).violation())
        .isEqualTo(Violation.OVERFLOW);
  }

  @Test
  void lookupSkipsUnrelatedValuesWithoutCheckingThem() throws Exception {
    // "a" maps to an invalid string (no NUL); looking up "b" jumps over it by its length.
    byte[] bytes = HexFormat.of().parseHex("06" + "830861008208ff" + "83086200820501");
    ArgdataReader root = ArgdataReader.of(bytes);
    assertThat(root.get("b").orElseThrow().getLong()).isEqualTo(1);
    var e = catchThrowableOfType(ArgdataFormatException.class, () -> root.get("a").get().getStr());
    assertThat(e.violation()).isEqualTo(Violation.MISSING_NUL);
    assertThat(catchThrowableOfType(ArgdataFormatException.class, root::decode).offset())
        .isEqualTo(6);
  }

  @Test
  void lookupJumpsOverValuesWithMultiByteLengths() throws Exception {
    MapValue map =
        Argdata.map()
            .put("blob", Argdata.binary(new byte[300]))
            .put("long key ".repeat(20), "long value ".repeat(20))
            .put("short", 7)
            .put("a", 1)
            .build();
    ArgdataReader root = ArgdataReader.of(Argdata.encode(map));
    assertThat(root.get("short").orElseThrow().getLong()).isEqualTo(7);
    assertThat(root.get("a").orElseThrow().getLong()).isEqualTo(1);
    assertThat(root.get("long key ".repeat(20)).orElseThrow().getStr())
        .isEqualTo("long value ".repeat(20));
    assertThat(root.get("b")).isEmpty();
  }

  @Test
  void lookupReportsABrokenMapItHasToWalkThrough() throws Exception {
    ArgdataReader oddMap = ArgdataReader.of(HexFormat.of().parseHex("06830861008083086200"));
    var e = catchThrowableOfType(ArgdataFormatException.class, () -> oddMap.get("zz"));
    assertThat(e.violation()).isEqualTo(Violation.ODD_MAP);
    assertThat(e.offset()).isEqualTo(6);
  }

  @Test
  void iteratorsVisitEveryPairAndElementInOrder() throws Exception {
    ArgdataReader root = ArgdataReader.of(Argdata.encode(CONFIG));
    List<ArgdataValue> keys = new ArrayList<>();
    MapIterator it = root.mapIterator();
    while (it.next()) {
      keys.add(it.key().decode());
    }
    assertThat(keys)
        .containsExactlyElementsOf(CONFIG.entries().stream().map(MapValue.Entry::key).toList());

    SeqIterator seq = root.get("list").orElseThrow().seqIterator();
    int count = 0;
    while (seq.next()) {
      count++;
    }
    assertThat(count).isEqualTo(3);
    assertThatThrownBy(seq::value).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void iteratorReadsStringKeysDirectlyAndNamesOtherKeyTypes() throws Exception {
    MapIterator it = ArgdataReader.of(Argdata.encode(CONFIG)).mapIterator();
    assertThat(it.next()).isTrue();
    assertThat(it.keyStr()).isEqualTo("port");
    while (it.next() && !(it.key().decode() instanceof IntValue)) {
      assertThat(it.keyStr()).isEqualTo(((StrValue) it.key().decode()).value());
    }
    var e = catchThrowableOfType(ArgdataFormatException.class, it::keyStr);
    assertThat(e.getMessage()).startsWith("expected str, found int");
  }

  @Test
  void seqIndexPastTheEndIsNamed() throws Exception {
    ArgdataReader seq = ArgdataReader.of(Argdata.encode(Argdata.seq().add(1).build()));
    var e = catchThrowableOfType(ArgdataFormatException.class, () -> seq.get(1));
    assertThat(e.violation()).isEqualTo(Violation.NO_SUCH_ELEMENT);
    assertThat(e.getMessage()).isEqualTo("seq has no element 1 at byte 0");
  }

  @Test
  void binaryIsAvailableInPlaceAsASlice() throws Exception {
    byte[] bytes = Argdata.encode(Argdata.binary(new byte[] {9, 8, 7}));
    MemorySegment slice = ArgdataReader.of(bytes).getBinarySegment();
    bytes[2] = 42; // a view, not a copy
    assertThat(slice.toArray(ValueLayout.JAVA_BYTE)).containsExactly(9, 42, 7);
  }

  @Test
  void lookupKeyThatCannotBeArgdataIsACallerError() throws Exception {
    ArgdataReader root = ArgdataReader.of(Argdata.encode(CONFIG));
    assertThatThrownBy(() -> root.get("a\0b")).isInstanceOf(IllegalArgumentException.class);
  }
}
