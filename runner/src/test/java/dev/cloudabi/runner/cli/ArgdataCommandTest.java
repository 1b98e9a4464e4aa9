package dev.cloudabi.runner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudabi.argdata.Argdata;
import dev.cloudabi.argdata.ArgdataValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ArgdataCommandTest {
  private record Result(int status, byte[] stdout, String stderr) {
    String text() {
      return new String(stdout, StandardCharsets.UTF_8);
    }
  }

  private static Result run(byte[] stdin, String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int status =
        ArgdataMain.run(
            args,
            new ByteArrayInputStream(stdin),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(status, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void decodePrintsTheLauncherExampleAsText() {
    byte[] bytes =
        HexFormat.of()
            .parseHex(
                "0685086f7574008503000000008508657272008503000000018708616761696e00850300000000");

    Result result = run(bytes, "decode", "-");

    assertThat(result.status()).isZero();
    assertThat(result.text())
        .isEqualTo(
            "%TAG ! tag:nuxi.nl,2015:cloudabi/\n---\nout: !fd 0\nerr: !fd 1\nagain: !fd 0\n");
  }

  @Test
  void encodeWritesTheBytesOfATextForm() {
    Result result = run("port: 8080\ndebug: true\n".getBytes(StandardCharsets.UTF_8), "encode");

    assertThat(HexFormat.of().formatHex(result.stdout()))
        .isEqualTo("068608706f727400830" + "51f90870864656275670082" + "0201");
  }

  @Test
  void decodeThenEncodeReproducesTheBytesExactly() {
    RandomArgdata random = new RandomArgdata(20261122);
    for (int i = 0; i < 3000; i++) {
      ArgdataValue value = random.value(0);
      byte[] bytes = Argdata.encode(value);

      Result text = run(bytes, "decode");
      assertThat(text.status()).as("decode of %s: %s", value, text.stderr()).isZero();
      Result back = run(text.stdout(), "encode");

      assertThat(back.stderr()).as("encode of:\n%s", text.text()).isEmpty();
      assertThat(back.stdout()).as("round trip of:\n%s", text.text()).isEqualTo(bytes);
    }
  }

  @Test
  void invalidBytesAreReportedWithTheirOffset() {
    Result result = run(HexFormat.of().parseHex("05007f"), "decode");

    assertThat(result.status()).isEqualTo(ArgdataMain.INVALID_INPUT);
    assertThat(result.stderr()).startsWith("argdata: stdin: ").containsPattern("at byte \\d+");
  }

  @Test
  void invalidTextIsReportedWithLineAndColumn() {
    Result result = run("a: !!int nope\n".getBytes(StandardCharsets.UTF_8), "encode");

    assertThat(result.status()).isEqualTo(ArgdataMain.INVALID_INPUT);
    assertThat(result.stderr()).isEqualTo("argdata: stdin:1:4: Invalid int value: nope\n");
  }

  @Test
  void aMissingFileIsNamed() {
    Result result = run(new byte[0], "decode", "/nonexistent/args.bin");

    assertThat(result.stderr()).isEqualTo("argdata: /nonexistent/args.bin: no such file\n");
  }
}
