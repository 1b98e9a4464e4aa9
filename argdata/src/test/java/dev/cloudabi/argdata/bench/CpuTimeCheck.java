package dev.cloudabi.argdata.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A cross-check of the JMH numbers for a shared, busy machine: runs the same benchmark methods and
 * reports the median <em>CPU time of this thread</em> per operation, which other processes' load
 * does not inflate (JMH measures wall-clock time). Not a replacement for JMH: no forks, a simple
 * warm-up. Run by {@code scripts/bench-argdata --cpu}.
 */
public final class CpuTimeCheck {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final int ROUNDS = 15;
  private static long sink;

  private interface Op {
    Object run() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    var probes = new MapLookupBenchmark.Probes();
    probes.setUp();
    var lookupArgdata = new MapLookupBenchmark.ArgdataBytes();
    lookupArgdata.setUp();
    var lookupMsgpack = new MapLookupBenchmark.MsgpackBytes();
    lookupMsgpack.setUp();
    var lookup = new MapLookupBenchmark();
    var iterateArgdata = new MapIterateBenchmark.ArgdataBytes();
    iterateArgdata.setUp();
    var iterateMsgpack = new MapIterateBenchmark.MsgpackBytes();
    iterateMsgpack.setUp();
    var iterate = new MapIterateBenchmark();
    var tree = new MapEncodeBenchmark.ArgdataTree();
    tree.setUp();
    var javaMap = new MapEncodeBenchmark.JavaMap();
    javaMap.setUp();
    var encode = new MapEncodeBenchmark();

    Map<String, Double> results = new LinkedHashMap<>();
    results.put(
        "lookup argdataInPlace (us)",
        micros(200, () -> lookup.argdataInPlace(probes, lookupArgdata)));
    results.put(
        "lookup argdataInPlaceNativeSegment (us)",
        micros(200, () -> lookup.argdataInPlaceNativeSegment(probes, lookupArgdata)));
    results.put(
        "lookup msgpackDecodeUntilFound (us)",
        micros(50, () -> lookup.msgpackDecodeUntilFound(probes, lookupMsgpack)));
    results.put(
        "lookup msgpackDecodeAll (us)",
        micros(10, () -> lookup.msgpackDecodeAll(probes, lookupMsgpack)));
    results.put(
        "iterate argdataIterate (us)", micros(20, () -> iterate.argdataIterate(iterateArgdata)));
    results.put(
        "iterate msgpackIterate (us)", micros(20, () -> iterate.msgpackIterate(iterateMsgpack)));
    results.put("encode argdataEncode (us)", micros(20, () -> encode.argdataEncode(tree)));
    results.put("encode msgpackEncode (us)", micros(20, () -> encode.msgpackEncode(javaMap)));
    results.forEach((name, value) -> System.out.printf("%-42s %10.1f%n", name, value));
    System.out.println("(checksum " + sink + ")");
  }

  /** Median CPU microseconds per call over {@link #ROUNDS} rounds, after as many warm-up rounds. */
  private static double micros(int callsPerRound, Op op) throws Exception {
    double[] rounds = new double[ROUNDS];
    for (int r = -ROUNDS; r < ROUNDS; r++) {
      long start = THREADS.getCurrentThreadCpuTime();
      for (int i = 0; i < callsPerRound; i++) {
        sink += op.run().hashCode();
      }
      long cpu = THREADS.getCurrentThreadCpuTime() - start;
      if (r >= 0) {
        rounds[r] = cpu / 1e3 / callsPerRound;
      }
    }
    Arrays.sort(rounds);
    return rounds[ROUNDS / 2];
  }
}
