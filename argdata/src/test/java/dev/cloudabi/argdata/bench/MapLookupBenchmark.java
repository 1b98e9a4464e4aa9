package dev.cloudabi.argdata.bench;

import dev.cloudabi.argdata.Argdata;
import dev.cloudabi.argdata.ArgdataFormatException;
import dev.cloudabi.argdata.ArgdataLimits;
import dev.cloudabi.argdata.ArgdataReader;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * (a) Look up one key of a 100 000-entry map, starting from the encoded bytes. Each invocation
 * takes the next of 100 probe keys spread through the map; the value found is checked, so no
 * variant can skip work.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MapLookupBenchmark {

  /** The probe keys and their values, cycled through. */
  @State(Scope.Thread)
  public static class Probes {
    final String[] keys = new String[BenchData.PROBES];
    final long[] values = new long[BenchData.PROBES];
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
      for (int p = 0; p < BenchData.PROBES; p++) {
        keys[p] = BenchData.key(BenchData.probeIndex(p));
        values[p] = BenchData.value(BenchData.probeIndex(p));
      }
    }

    int next() {
      int p = next;
      next = (p + 1) % BenchData.PROBES;
      return p;
    }

    long check(int probe, long found) {
      if (found != values[probe]) {
        throw new IllegalStateException("wrong value for " + keys[probe]);
      }
      return found;
    }
  }

  /** The Argdata encoding, on the heap and as a native copy. */
  @State(Scope.Thread)
  public static class ArgdataBytes {
    byte[] heap;
    MemorySegment nativeCopy;
    private Arena arena;

    @Setup(Level.Trial)
    public void setUp() {
      heap = Argdata.encode(BenchData.argdataMap());
      arena = Arena.ofConfined();
      nativeCopy = arena.allocate(heap.length);
      MemorySegment.copy(heap, 0, nativeCopy, ValueLayout.JAVA_BYTE, 0, heap.length);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      arena.close();
    }
  }

  /** The MessagePack encoding. */
  @State(Scope.Thread)
  public static class MsgpackBytes {
    byte[] bytes;

    @Setup(Level.Trial)
    public void setUp() {
      bytes = BenchData.packMsgpack(BenchData.javaMap());
    }
  }

  /** Argdata in place over a heap array: compare key bytes, jump over values. */
  @Benchmark
  public long argdataInPlace(Probes probes, ArgdataBytes data) throws ArgdataFormatException {
    int p = probes.next();
    ArgdataReader root = ArgdataReader.of(data.heap, ArgdataLimits.DEFAULT);
    return probes.check(p, root.get(probes.keys[p]).orElseThrow().getLong());
  }

  /** The same over native memory, as the emulator reads guest memory. */
  @Benchmark
  public long argdataInPlaceNativeSegment(Probes probes, ArgdataBytes data)
      throws ArgdataFormatException {
    int p = probes.next();
    ArgdataReader root = ArgdataReader.of(data.nativeCopy, ArgdataLimits.DEFAULT);
    return probes.check(p, root.get(probes.keys[p]).orElseThrow().getLong());
  }

  /** MessagePack: decode keys one by one, skip non-matching values, stop at the key. */
  @Benchmark
  public long msgpackDecodeUntilFound(Probes probes, MsgpackBytes data) throws IOException {
    int p = probes.next();
    String wanted = probes.keys[p];
    try (MessageUnpacker unpacker = MessagePack.newDefaultUnpacker(data.bytes)) {
      int n = unpacker.unpackMapHeader();
      for (int i = 0; i < n; i++) {
        if (unpacker.unpackString().equals(wanted)) {
          return probes.check(p, unpacker.unpackLong());
        }
        unpacker.skipValue();
      }
    }
    throw new IllegalStateException("not found: " + wanted);
  }

  /** MessagePack: decode the whole map into a HashMap, then look up. */
  @Benchmark
  public long msgpackDecodeAll(Probes probes, MsgpackBytes data) throws IOException {
    int p = probes.next();
    Map<String, Long> map;
    try (MessageUnpacker unpacker = MessagePack.newDefaultUnpacker(data.bytes)) {
      int n = unpacker.unpackMapHeader();
      map = new HashMap<>(n * 2);
      for (int i = 0; i < n; i++) {
        map.put(unpacker.unpackString(), unpacker.unpackLong());
      }
    }
    return probes.check(p, map.get(probes.keys[p]));
  }
}
