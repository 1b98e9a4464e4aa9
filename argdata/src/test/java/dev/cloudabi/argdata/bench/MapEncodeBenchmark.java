package dev.cloudabi.argdata.bench;

import dev.cloudabi.argdata.Argdata;
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
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MapEncodeBenchmark {
  private BenchData data;

  @Setup(Level.Trial)
  public void setUp() {
    data = new BenchData();
  }

  @Benchmark
  public byte[] argdataEncode() {
    return Argdata.encode(data.argdataMap);
  }

  @Benchmark
  public byte[] msgpackEncode() {
    return BenchData.packMsgpack(data.javaMap);
  }
}
