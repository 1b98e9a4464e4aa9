package dev.cloudabi.argdata.bench;

import dev.cloudabi.argdata.Argdata;
import dev.cloudabi.argdata.ArgdataFormatException;
import dev.cloudabi.argdata.ArgdataLimits;
import dev.cloudabi.argdata.ArgdataReader;
import dev.cloudabi.argdata.MapIterator;
import java.io.IOException;
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

/**
 * (b) Visit every entry of the 100 000-entry map from the encoded bytes, decoding each key to a
 * {@code String} and each value to a {@code long} (the same work on both sides).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MapIterateBenchmark {

  /** The Argdata encoding. */
  @State(Scope.Thread)
  public static class ArgdataBytes {
    byte[] bytes;

    @Setup(Level.Trial)
    public void setUp() {
      bytes = Argdata.encode(BenchData.argdataMap());
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

  @Benchmark
  public long argdataIterate(ArgdataBytes data) throws ArgdataFormatException {
    long sum = 0;
    MapIterator it = ArgdataReader.of(data.bytes, ArgdataLimits.DEFAULT).mapIterator();
    while (it.next()) {
      sum += it.keyStr().length() + it.value().getLong();
    }
    return sum;
  }

  @Benchmark
  public long msgpackIterate(MsgpackBytes data) throws IOException {
    long sum = 0;
    try (MessageUnpacker unpacker = MessagePack.newDefaultUnpacker(data.bytes)) {
      int n = unpacker.unpackMapHeader();
      for (int i = 0; i < n; i++) {
        sum += unpacker.unpackString().length() + unpacker.unpackLong();
      }
    }
    return sum;
  }
}
