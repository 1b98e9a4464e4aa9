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
 * The data every benchmark shares: a map of 100 000 string keys to ints, as an Argdata tree, a Java
 * map (MessagePack's natural input), and both encodings. Probe keys are spread evenly through the
 * map, so an average over them is an average over positions.
 */
final class BenchData {
  static final int ENTRIES = 100_000;
  static final int PROBES = 100;

  final String[] keys = new String[ENTRIES];
  final long[] values = new long[ENTRIES];
  final MapValue argdataMap;
  final Map<String, Long> javaMap = new LinkedHashMap<>();
  final byte[] argdataBytes;
  final byte[] msgpackBytes;
  final String[] probes = new String[PROBES];
  final long[] probeValues = new long[PROBES];

  BenchData() {
    MapBuilder builder = Argdata.map();
    for (int i = 0; i < ENTRIES; i++) {
      keys[i] = "config.key." + i;
      // A spread of int sizes: 1 to 5 payload bytes, some negative.
      values[i] = (i % 3 == 0 ? -1L : 1L) * ((long) i * 7919L % 4_000_000_000L);
      builder.put(keys[i], values[i]);
      javaMap.put(keys[i], values[i]);
    }
    argdataMap = builder.build();
    argdataBytes = Argdata.encode(argdataMap);
    msgpackBytes = packMsgpack(javaMap);
    for (int p = 0; p < PROBES; p++) {
      int index = (int) ((p + 0.5) * ENTRIES / PROBES);
      probes[p] = keys[index];
      probeValues[p] = values[index];
    }
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
