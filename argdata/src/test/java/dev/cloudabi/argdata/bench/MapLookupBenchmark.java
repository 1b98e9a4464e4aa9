package dev.cloudabi.argdata.bench;

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
 * takes the next of 100 probe keys spread through the map; the result is checked, so no variant can
 * skip work.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MapLookupBenchmark {
  private static final ArgdataLimits LIMITS = ArgdataLimits.DEFAULT;

  private BenchData data;
  private Arena arena;
  private MemorySegment nativeCopy;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    data = new BenchData();
    arena = Arena.ofConfined();
    nativeCopy = arena.allocate(data.argdataBytes.length);
    MemorySegment.copy(
        data.argdataBytes, 0, nativeCopy, ValueLayout.JAVA_BYTE, 0, data.argdataBytes.length);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    arena.close();
  }

  private int probe() {
    int p = next;
    next = (p + 1) % BenchData.PROBES;
    return p;
  }

  private long check(int probe, long found) {
    if (found != data.probeValues[probe]) {
      throw new IllegalStateException("wrong value for " + data.probes[probe]);
    }
    return found;
  }

  /** Argdata in place over a heap array: compare key bytes, jump over values. */
  @Benchmark
  public long argdataInPlace() throws ArgdataFormatException {
    int p = probe();
    ArgdataReader root = ArgdataReader.of(data.argdataBytes, LIMITS);
    return check(p, root.get(data.probes[p]).orElseThrow().getLong());
  }

  /** The same over native memory, as the emulator reads guest memory. */
  @Benchmark
  public long argdataInPlaceNativeSegment() throws ArgdataFormatException {
    int p = probe();
    ArgdataReader root = ArgdataReader.of(nativeCopy, LIMITS);
    return check(p, root.get(data.probes[p]).orElseThrow().getLong());
  }

  /** MessagePack: decode keys one by one, skip non-matching values, stop at the key. */
  @Benchmark
  public long msgpackDecodeUntilFound() throws IOException {
    int p = probe();
    String wanted = data.probes[p];
    try (MessageUnpacker unpacker = MessagePack.newDefaultUnpacker(data.msgpackBytes)) {
      int n = unpacker.unpackMapHeader();
      for (int i = 0; i < n; i++) {
        if (unpacker.unpackString().equals(wanted)) {
          return check(p, unpacker.unpackLong());
        }
        unpacker.skipValue();
      }
    }
    throw new IllegalStateException("not found: " + wanted);
  }

  /** MessagePack: decode the whole map into a HashMap, then look up. */
  @Benchmark
  public long msgpackDecodeAll() throws IOException {
    int p = probe();
    Map<String, Long> map;
    try (MessageUnpacker unpacker = MessagePack.newDefaultUnpacker(data.msgpackBytes)) {
      int n = unpacker.unpackMapHeader();
      map = new HashMap<>(n * 2);
      for (int i = 0; i < n; i++) {
        map.put(unpacker.unpackString(), unpacker.unpackLong());
      }
    }
    return check(p, map.get(data.probes[p]));
  }
}
