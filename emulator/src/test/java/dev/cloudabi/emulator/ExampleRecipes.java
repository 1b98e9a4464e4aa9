package dev.cloudabi.emulator;

import dev.cloudabi.argdata.Argdata;
import dev.cloudabi.argdata.ArgdataValue;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The Argdata each guest-SDK example's YAML describes, built directly (YAML → Argdata is the
 * runner's job; the emulator's tests must not depend on it). Fd 0 is the captured stdout.
 */
final class ExampleRecipes {
  private ExampleRecipes() {}

  private static final Map<String, ArgdataValue> RECIPES =
      Map.of(
          "hello", Argdata.fd(0),
          "abort", Argdata.fd(0),
          "null_write", Argdata.fd(0),
          "exit_code", Argdata.map().put("stdout", Argdata.fd(0)).put("code", 42).build(),
          "config_echo", configEcho());

  static Optional<byte[]> argdata(String example) {
    return Optional.ofNullable(RECIPES.get(example)).map(Argdata::encode);
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
