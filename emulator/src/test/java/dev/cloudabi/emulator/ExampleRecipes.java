package dev.cloudabi.emulator;

import dev.cloudabi.argdata.Argdata;
import dev.cloudabi.argdata.ArgdataValue;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each guest-SDK example's (test) YAML describes: the Argdata and the guest descriptors in
 * first-appearance order. Built directly, because YAML → Argdata is the runner's job and the
 * emulator's tests must not depend on it.
 */
final class ExampleRecipes {
  /** A guest descriptor the harness provides. */
  enum Slot {
    /** The captured output compared with the expected stdout. */
    STDOUT,
    /** The example's {@code fd.N=stdin:<file>} input. */
    STDIN,
    /** Discarded output ({@code fd.N=sink}). */
    SINK
  }

  record Recipe(ArgdataValue argdata, List<Slot> descriptors) {}

  private ExampleRecipes() {}

  private static final Recipe STDOUT_ONLY = new Recipe(Argdata.fd(0), List.of(Slot.STDOUT));

  private static Map<String, Recipe> withThreadsAndTime() {
    Map<String, Recipe> all = new java.util.HashMap<>(SINGLE_THREADED);
    all.put("threads", STDOUT_ONLY);
    all.put("time", STDOUT_ONLY);
    return Map.copyOf(all);
  }

  private static final Map<String, Recipe> SINGLE_THREADED =
      Map.of(
          "hello",
          STDOUT_ONLY,
          "abort",
          STDOUT_ONLY,
          "null_write",
          STDOUT_ONLY,
          "malloc_stress",
          STDOUT_ONLY,
          "random",
          STDOUT_ONLY,
          "exit_code",
          new Recipe(
              Argdata.map().put("stdout", Argdata.fd(0)).put("code", 42).build(),
              List.of(Slot.STDOUT)),
          "stdin_echo",
          new Recipe(
              Argdata.map().put("stdin", Argdata.fd(0)).put("stdout", Argdata.fd(1)).build(),
              List.of(Slot.STDIN, Slot.STDOUT)),
          "sha256",
          new Recipe(
              Argdata.map().put("stdout", Argdata.fd(0)).put("size", 1 << 20).build(),
              List.of(Slot.STDOUT)),
          "syscall_bench",
          new Recipe(
              Argdata.map()
                  .put("stdout", Argdata.fd(0))
                  .put("sink", Argdata.fd(1))
                  .put("clock_calls", 1000)
                  .put("write_calls", 1000)
                  .build(),
              List.of(Slot.STDOUT, Slot.SINK)),
          "config_echo",
          new Recipe(configEcho(), List.of(Slot.STDOUT)));

  /** Examples this test does not run, and where they are run instead (shown as skips). */
  static final Map<String, String> WAITING =
      Map.of(
          "files",
          "needs a directory capability; run by files.FileExamplesTest on both backends",
          "escape",
          "needs a directory capability; run by files.FileExamplesTest on both backends",
          "sockets",
          "passes its stdout over SCM_RIGHTS, which needs a host descriptor; run by the runner's"
              + " CloudabiRunExamplesTest over shell socket pairs",
          "fork_exec",
          "proc_fork/proc_exec are not supported (ENOSYS, like the reference)",
          "webserver",
          "runs forever; covered by the runner's WebServerTest");

  // After SINGLE_THREADED: static fields initialise in text order.
  private static final Map<String, Recipe> RECIPES = withThreadsAndTime();

  static Optional<Recipe> recipe(String example) {
    return Optional.ofNullable(RECIPES.get(example));
  }

  static java.util.Set<String> names() {
    return RECIPES.keySet();
  }

  private static ArgdataValue configEcho() {
    return Argdata.map()
        .put("stdout", Argdata.fd(0))
        .put("nothing", Argdata.nullValue())
        .put("flag_true", true)
        .put("flag_false", false)
        .put("small", 42)
        .put("zero", 0)
        .put("negative", -7)
        .put("int64_max", Long.MAX_VALUE)
        .put("int64_min", Long.MIN_VALUE)
        .put("uint64_max", Argdata.of(new BigInteger("18446744073709551615")))
        .put("ratio", 3.25)
        .put("negative_float", -0.5)
        .put("text", "Hello, Argdata!")
        .put("unicode", "Grüße, 世界")
        .put("quoted_number", "42")
        .put("binary", Argdata.binary("Hello".getBytes(StandardCharsets.US_ASCII)))
        .put("when", Argdata.of(Instant.parse("2017-03-01T12:00:00.5Z")))
        .put("before_epoch", Argdata.of(Instant.parse("1969-07-20T20:17:40Z")))
        .put(
            "nested",
            Argdata.map()
                .put(
                    "list",
                    Argdata.seq()
                        .add(1)
                        .add("two")
                        .add(3.5)
                        .add(Argdata.seq().add("inner"))
                        .add(Argdata.map().put("k", "v")))
                .put("empty_map", Argdata.map())
                .put("empty_seq", Argdata.seq()))
        .build();
  }
}
