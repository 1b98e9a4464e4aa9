package dev.cloudabi.argdata.bench;

import dev.cloudabi.argdata.Argdata;
import dev.cloudabi.argdata.MapBuilder;
import dev.cloudabi.argdata.MapValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

/**
 * The data every benchmark shares: a map of 100 000 string keys to ints of 1 to 5 bytes. Each
 * library's form is built only by the benchmarks that use it (JMH creates only the states a
 * benchmark method takes), so one side's objects never shape the other's heap. Probe keys are
 * spread evenly through the map, so an average over them is an average over positions.
 */
final class BenchData {
  static final int ENTRIES = 100_000;
  static final int PROBES = 100;

  private BenchData() {}

  static String key(int i) {
    return "config.key." + i;
  }

  static long value(int i) {
    return (i % 3 == 0 ? -1L : 1L) * ((long) i * 7919L % 4_000_000_000L);
  }

  static int probeIndex(int probe) {
    return (int) ((probe + 0.5) * ENTRIES / PROBES);
  }

  static MapValue argdataMap() {
    MapBuilder builder = Argdata.map();
    for (int i = 0; i < ENTRIES; i++) {
      builder.put(key(i), value(i));
    }
    return builder.build();
  }

  static Map<String, Long> javaMap() {
    Map<String, Long> map = new LinkedHashMap<>();
    for (int i = 0; i < ENTRIES; i++) {
      map.put(key(i), value(i));
    }
    return map;
  }

  static byte[] packMsgpack(Map<String, Long> map) {
    try (MessageBufferPacker packer = MessagePack.newDefaultBufferPacker()) {
      packer.packMapHeader(map.size());
      for (Map.Entry<String, Long> e : map.entrySet()) {
        packer.packString(e.getKey());
        packer.packLong(e.getValue());
      }
      return packer.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
