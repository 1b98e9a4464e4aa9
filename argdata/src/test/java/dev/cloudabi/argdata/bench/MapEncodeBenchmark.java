package dev.cloudabi.argdata.bench;

import dev.cloudabi.argdata.Argdata;
import dev.cloudabi.argdata.MapValue;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (c) Encode the 100 000-entry map to a byte array: Argdata from its value tree, MessagePack from a
 * {@code LinkedHashMap<String, Long>} (each library's in-memory form of the same data).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MapEncodeBenchmark {

  /** The Argdata value tree. */
  @State(Scope.Thread)
  public static class ArgdataTree {
    MapValue map;

    @Setup(Level.Trial)
    public void setUp() {
      map = BenchData.argdataMap();
    }
  }

  /** The Java map MessagePack packs. */
  @State(Scope.Thread)
  public static class JavaMap {
    Map<String, Long> map;

    @Setup(Level.Trial)
    public void setUp() {
      map = BenchData.javaMap();
    }
  }

  @Benchmark
  public byte[] argdataEncode(ArgdataTree data) {
    return Argdata.encode(data.map);
  }

  @Benchmark
  public byte[] msgpackEncode(JavaMap data) {
    return BenchData.packMsgpack(data.map);
  }
}
